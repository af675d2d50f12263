using VocEd.Benchmarks.Refresh;

namespace VocEd.Benchmarks;

/// <summary>`voced-bench refresh [--provider sqlite|postgres] [--connection S] [--scale 1.0] [--runs 3]`: the cube refresh benchmark of docs/benchmarks.md.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "refresh")
        {
            await Console.Error.WriteLineAsync("usage: voced-bench refresh [--provider sqlite|postgres] [--connection STRING] [--scale 1.0] [--runs 3]").ConfigureAwait(false);
            return 2;
        }

        var options = RefreshBenchmarkOptions.Parse(args[1..]);
        await new RefreshBenchmark(options, Console.Out).RunAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }
}
