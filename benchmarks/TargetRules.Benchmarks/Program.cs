using BenchmarkDotNet.Running;
using TargetRules.Benchmarks;

if (args is ["quick", ..])
{
    return QuickRun.Run(args.Skip(1).ToArray());
}

if (args is ["shapes"])
{
    return ShapesRun.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
