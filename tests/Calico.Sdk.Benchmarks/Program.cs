using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Calico.Sdk.Benchmarks.KubesprayInventoryBenchmarks).Assembly).Run(args);
