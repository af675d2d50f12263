using System.Globalization;
using VocEd.Warehouse.Data;

namespace VocEd.Benchmarks.Refresh;

/// <summary>
/// Options of the refresh benchmark: warehouse, runs, and the facts: a generated sample (<see cref="Sample"/>, loaded
/// through the ETL) or synthetic facts of a scale (1.0: 600 schools, 1.5 M enrollment rows, 400 k graduates — about half
/// the generator's province sample).
/// </summary>
internal sealed record RefreshBenchmarkOptions(WarehouseOptions Warehouse, double Scale, int Runs)
{
    /// <summary>A generated CSV sample folder (`voced-bench generate`) to ingest instead of synthetic facts.</summary>
    public string? Sample { get; init; }

    /// <summary>The warehouse on --connection already holds the sample's facts (an earlier run's): skip the ingest.</summary>
    public bool Loaded { get; init; }

    /// <summary>The SQLite file this run created (no --connection), deleted at the end.</summary>
    public string? TemporaryFile { get; init; }

    public int Schools => (int)Math.Round(600 * Scale);

    public static RefreshBenchmarkOptions Parse(string[] args)
    {
        string provider = "sqlite", connection = string.Empty;
        double scale = 1.0;
        var runs = 3;
        string? sample = null;
        var loaded = false;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--sample": sample = args[i + 1]; break;
                case "--loaded":
                    loaded = args[i + 1] switch
                    {
                        "1" or "true" => true,
                        "0" or "false" => false,
                        _ => throw new ArgumentException($"--loaded {args[i + 1]}: give 1 (the warehouse already holds the sample's facts) or 0"),
                    };
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var p = provider switch
        {
            "postgres" => WarehouseProvider.Postgres,
            "sqlserver" => WarehouseProvider.SqlServer,
            "sqlite" => WarehouseProvider.Sqlite,
            _ => throw new ArgumentException($"--provider {provider}: give sqlite, postgres or sqlserver"),
        };
        if (loaded && (connection.Length == 0 || sample is null))
        {
            throw new ArgumentException("--loaded 1 needs --connection (the warehouse that holds the facts) and --sample (the files to correct)");
        }

        string? temporary = null;
        if (connection.Length == 0)
        {
            temporary = Path.Combine(Path.GetTempPath(), $"voced-bench-{Environment.ProcessId}.db");
            File.Delete(temporary);
            connection = $"Data Source={temporary};Pooling=False";
        }

        if (sample is not null && !Directory.Exists(sample))
        {
            throw new ArgumentException($"--sample {sample}: no such folder");
        }

        return new RefreshBenchmarkOptions(new WarehouseOptions(p, connection), scale, runs) { Sample = sample, Loaded = loaded, TemporaryFile = temporary };
    }
}
