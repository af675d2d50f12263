namespace VocEd.Benchmarks;

/// <summary>The `--name value` pairs of a harness's command line, and the generated sample most harnesses read.</summary>
internal static class BenchmarkArguments
{
    /// <summary>The arguments as name → value (each name followed by its value).</summary>
    public static Dictionary<string, string> Pairs(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return values;
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
}
