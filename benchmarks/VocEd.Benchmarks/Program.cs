using VocEd.Benchmarks;

return args.Length > 0 && args[0] == "generate" ? await GenerateBenchmark.RunAsync(args[1..]).ConfigureAwait(false)
    : args.Length > 0 && args[0] == "ingest" ? await IngestBenchmark.RunAsync(args[1..]).ConfigureAwait(false)
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: VocEd.Benchmarks generate --scale tiny|small|province|national [--year 2024] [--years N] [--seed S] [--out DIR] [--fault-rate R] [--formats csv,xlsx,json] [--encoding utf8|gb18030|mixed] [--keep] [--plan-only]");
    Console.Error.WriteLine("       VocEd.Benchmarks ingest --sample DIR [--provider sqlite|postgres] [--connection STRING] [--skip-raw]");
    return 2;
}
