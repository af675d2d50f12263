using System.Globalization;
using VocEd.Warehouse.Data;

namespace VocEd.Benchmarks.Refresh;

/// <summary>Options of the refresh benchmark: warehouse, scale (1.0 = province: ~600 schools, 1.5 M enrollment rows, 400 k graduates) and runs.</summary>
internal sealed record RefreshBenchmarkOptions(WarehouseOptions Warehouse, double Scale, int Runs)
{
    public int Schools => (int)Math.Round(600 * Scale);

    public static RefreshBenchmarkOptions Parse(string[] args)
    {
        string provider = "sqlite", connection = string.Empty;
        double scale = 1.0;
        var runs = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
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

        return new RefreshBenchmarkOptions(new WarehouseOptions(p, connection), scale, runs);
    }
}
