using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace DeepSeekNews.Benchmarks;

public static class Program
{
    /// <summary>
    /// dotnet run -c Release --project bench/DeepSeekNews.Benchmarks -- --filter '*'
    /// Every benchmark analyses one seed-sized article per operation, so the Op/s column reads as articles per
    /// second (from the mean; Median and Min are shown too, as other work on a shared machine inflates the mean);
    /// the process is pinned to one core. Add "--job short" for a quicker, rougher run.
    /// </summary>
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithAffinity(1).AsDefault())
            .AddColumn(StatisticColumn.OperationsPerSecond, StatisticColumn.Median, StatisticColumn.Min)
            .HideColumns(Column.Error, Column.StdDev);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
