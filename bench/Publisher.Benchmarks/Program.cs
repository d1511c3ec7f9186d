using BenchmarkDotNet.Running;

// BenchmarkDotNet's own command line: --filter '*Render*', --job short, --list flat, --artifacts DIR …
BenchmarkSwitcher.FromAssembly(typeof(Publisher.Benchmarks.RepositoryFiles).Assembly).Run(args);
