using System.Globalization;
using VocEd.Warehouse.Data;

namespace VocEd.Benchmarks;

/// <summary>The `--name value` pairs of a harness's command line, and the generated sample most harnesses read.</summary>
internal static class BenchmarkArguments
{
    /// <summary>The arguments as name → value (each name followed by its value).</summary>
    private static Dictionary<string, string> Pairs(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return values;
    }

    /// <summary>
    /// The arguments as name → value, or null after telling the user what is wrong (the harness then exits with 2):
    /// a name the command does not take (a misspelt option would otherwise change nothing, silently), or a name
    /// without its value.
    /// </summary>
    public static async Task<Dictionary<string, string>?> PairsAsync(string[] args, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!names.Contains(args[i], StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"error: unknown option '{args[i]}': this command takes {string.Join(", ", names)}, each followed by its value").ConfigureAwait(false);
                return null;
            }

            if (i + 1 == args.Length)
            {
                await Console.Error.WriteLineAsync($"error: {args[i]} needs a value").ConfigureAwait(false);
                return null;
            }
        }

        return Pairs(args);
    }

    /// <summary>The folder of `--sample`, or null after telling the user it is required (the harness then exits with 2).</summary>
    public static async Task<string?> SampleAsync(IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue("--sample", out var sample) && Directory.Exists(sample))
        {
            return sample;
        }

        await Console.Error.WriteLineAsync("error: --sample DIR (a generated CSV sample) is required").ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// --provider (sqlite, the default, postgres or sqlserver) and --runs (default 1) of a harness that reads a warehouse
    /// it is given; an unknown provider or fewer than one run is an <see cref="ArgumentException"/>.
    /// </summary>
    public static (WarehouseProvider Provider, int Runs) ProviderAndRuns(IReadOnlyDictionary<string, string> values)
    {
        var provider = values.GetValueOrDefault("--provider", "sqlite") switch
        {
            "sqlite" => WarehouseProvider.Sqlite,
            "postgres" => WarehouseProvider.Postgres,
            "sqlserver" => WarehouseProvider.SqlServer,
            var other => throw new ArgumentException($"--provider {other}: give sqlite, postgres or sqlserver"),
        };
        var runs = int.Parse(values.GetValueOrDefault("--runs", "1"), CultureInfo.InvariantCulture);
        return runs < 1 ? throw new ArgumentException("--runs must be at least 1") : (provider, runs);
    }

    /// <summary>
    /// A warehouse given by --connection: on SQLite a bare file path is taken as the file, as the CLI takes it.
    /// </summary>
    public static WarehouseOptions Warehouse(WarehouseProvider provider, string connection) =>
        new(provider, provider == WarehouseProvider.Sqlite && !connection.Contains('=', StringComparison.Ordinal) ? "Data Source=" + connection : connection);

    /// <summary>
    /// The GC's gen0 budget this process runs with, for the figures' label: <c>./voced</c> and
    /// benchmarks/ingest-runs.sh set DOTNET_GCgen0size through scripts/runtime-env.sh (the runtime reads it from the
    /// environment only); run directly, the harness has the runtime's default unless the variable is exported.
    /// </summary>
    public static string Gen0Budget() => Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { Length: > 0 } value
        ? $"DOTNET_GCgen0size={value}"
        : "the runtime's default (./voced sets DOTNET_GCgen0size through scripts/runtime-env.sh: source it to measure what the CLI runs)";
}
