using TargetRules.Cli;

using var stdout = Console.OpenStandardOutput();
return TargetRulesCommand.Run(args, stdout, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
