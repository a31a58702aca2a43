using BenchmarkDotNet.Running;
using TargetRules.Benchmarks;

if (args is ["quick", ..])
{
    return QuickRun.Run(args.Skip(1).ToArray());
}

if (args is ["explain", var count])
{
    return ExplainRun.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["shapes"])
{
    return ShapesRun.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
