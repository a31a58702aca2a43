using BenchmarkDotNet.Running;
using TargetRules.Benchmarks;

if (args is ["quick", ..])
{
    return QuickRun.Run(args.Skip(1).ToArray(), Console.Out);
}

if (args is ["explain", var count])
{
    return ExplainRun.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

if (args is ["generate", var size, var stem])
{
    return GenerateRun.Run(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), stem);
}

if (args is ["stages", ..])
{
    return StagesRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
}

if (args is ["perrow", ..])
{
    return PerRowRun.Run(args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)));
}

if (args is ["late", var list])
{
    return LateRun.Run(list.Split(',').Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)));
}

if (args is ["late-pad"])
{
    return LatePaddedRun.Run();
}

if (args is ["shapes"])
{
    return ShapesRun.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
return 0;
