using BenchmarkDotNet.Running;

// The benchmark suite and the quick mode are built in issue 8.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
