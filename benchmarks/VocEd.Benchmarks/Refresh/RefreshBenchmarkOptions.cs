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

    public int Schools => (int)Math.Round(600 * Scale);

    public static RefreshBenchmarkOptions Parse(string[] args)
    {
        string provider = "sqlite", connection = string.Empty;
        double scale = 1.0;
        var runs = 3;
        string? sample = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--sample": sample = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var p = provider switch
        {
            "postgres" => WarehouseProvider.Postgres,
            "sqlserver" => WarehouseProvider.SqlServer,
            _ => WarehouseProvider.Sqlite,
        };
        if (connection.Length == 0)
        {
            var file = Path.Combine(Path.GetTempPath(), $"voced-bench-{Environment.ProcessId}.db");
            File.Delete(file);
            connection = $"Data Source={file};Pooling=False";
        }

        if (sample is not null && !Directory.Exists(sample))
        {
            throw new ArgumentException($"--sample {sample}: no such folder");
        }

        return new RefreshBenchmarkOptions(new WarehouseOptions(p, connection), scale, runs) { Sample = sample };
    }
}
