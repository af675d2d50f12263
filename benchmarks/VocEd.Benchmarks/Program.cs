using VocEd.Benchmarks.Libraries;
using VocEd.Benchmarks.Refresh;

namespace VocEd.Benchmarks;

/// <summary>
/// `voced-bench generate …` (sample generator throughput and memory), `voced-bench ingest …` (ingest against raw
/// bulk load), `voced-bench pipeline …` (the ingest's client work alone, on one thread), `voced-bench refresh …` (cube refresh against a hand-written GROUP BY)
/// `voced-bench dashboards …` (the whole dashboard site from refreshed cubes), `voced-bench reports …` (both reports'
/// workbooks for the nation and every province), `voced-bench scheduler …` (the night
/// through `voced serve --no-web` against the same services called directly), `voced-bench upload …` (the submission API under
/// concurrent submitters), `voced-bench delivery …` (both reports
/// e-mailed to every province over SMTP) and `voced-bench libraries …` (the hand-written CSV, COPY, SQLite and HMAC
/// paths against the kept libraries): the harnesses behind
/// docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private const string _usageText = """
        usage: voced-bench generate --scale tiny|small|province|national [--year 2024] [--years N] [--seed S] [--out DIR] [--fault-rate R] [--formats csv,xlsx,json] [--encoding utf8|gb18030|mixed] [--keep] [--plan-only]
               voced-bench ingest --sample DIR [--provider sqlite|postgres] [--connection STRING] [--workers N] [--skip-raw 1] [--bound 1] [--allocations 1 [--jit 1]]
               voced-bench pipeline --sample DIR [--rounds 3] [--files N]
               voced-bench refresh [--provider sqlite|postgres] [--connection STRING] [--sample DIR [--loaded 1] | --scale 1.0] [--runs 3]
               voced-bench dashboards --connection STRING [--provider sqlite|postgres] [--scope CN] [--out DIR] [--runs 1]
               voced-bench scheduler --sample DIR [--provider sqlite|postgres] [--runs 3] [--work DIR]
               voced-bench reports --connection STRING [--provider sqlite|postgres] [--year Y] [--out DIR] [--runs 1]
               voced-bench delivery --connection STRING [--provider sqlite|postgres] [--recipients 2] [--runs 1]
               voced-bench libraries --sample DIR [--only csv,hmac,sqlite,postgres] [--rounds 5] [--files 300] [--fact-files 200] [--ids 1000000] [--connection STRING]
               voced-bench upload [--provider sqlite|postgres] [--files 1000] [--submitters 50] [--work DIR]
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate":
                return await GenerateBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "ingest":
                return await IngestBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "pipeline":
                return await PipelineBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "libraries":
                return await LibrariesBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "dashboards":
                return await DashboardsBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "scheduler":
                return await SchedulerBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "reports":
                return await ReportsBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "delivery":
                return await DeliveryBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "upload":
                return await UploadBenchmark.RunAsync(args[1..]).ConfigureAwait(false);
            case "refresh":
                RefreshBenchmarkOptions options;
                try
                {
                    options = RefreshBenchmarkOptions.Parse(args[1..]);
                }
                catch (Exception e) when (e is ArgumentException or FormatException)
                {
                    await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                    return 2;
                }

                await new RefreshBenchmark(options, Console.Out).RunAsync(CancellationToken.None).ConfigureAwait(false);
                return 0;
            default:
                await Console.Error.WriteLineAsync(_usageText).ConfigureAwait(false);
                return 2;
        }
    }
}
