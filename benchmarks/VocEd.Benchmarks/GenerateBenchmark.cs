using System.Diagnostics;
using System.Globalization;
using VocEd.Generator;

namespace VocEd.Benchmarks;

/// <summary>
/// Runs the sample generator once and prints rows per second and peak RSS (VmHWM from /proc/self/status).
/// Writes to a temporary folder (deleted afterwards unless --keep) unless --out is given.
/// </summary>
internal static class GenerateBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        string[] withValue = ["--out", "--scale", "--year", "--years", "--seed", "--fault-rate", "--formats", "--encoding"];
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--keep" or "--plan-only")
            {
                values[args[i]] = "1";
            }
            else if (withValue.Contains(args[i], StringComparer.Ordinal) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                // A misspelt option would otherwise be ignored, and the sample made with the defaults.
                await Console.Error.WriteLineAsync($"error: '{args[i]}': this command takes --keep, --plan-only and {string.Join(", ", withValue)} (each followed by its value)").ConfigureAwait(false);
                return 2;
            }
        }

        var output = values.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), "voced-generate-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        GeneratorOptions options;
        try
        {
            options = GeneratorOptions.Parse(values.GetValueOrDefault("--scale"), values.GetValueOrDefault("--year") ?? "2024", output,
                values.GetValueOrDefault("--years"), values.GetValueOrDefault("--seed"), values.GetValueOrDefault("--fault-rate"),
                values.GetValueOrDefault("--formats"), values.GetValueOrDefault("--encoding"));
        }
        catch (GeneratorOptionsException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }

        var generator = new SampleGenerator();
        if (values.ContainsKey("--plan-only"))
        {
            var plan = generator.Plan(options);
            Console.WriteLine($"plan: {plan.Schools.Count} schools in {plan.Provinces.Count} provinces, {plan.ExpectedStudentsTotal:N0} expected students");
            foreach (var (type, students) in plan.ExpectedStudentsByType.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {type,-10} schools {plan.Schools.Count(s => s.SchoolType == type),6}  students {students,14:N0}");
            }

            return 0;
        }

        Console.WriteLine($"generate --scale {options.Scale.ToString().ToLowerInvariant()} --year {options.Year} --years {options.Years} --seed {options.Seed} --fault-rate {options.FaultRate.ToString(CultureInfo.InvariantCulture)} → {output}");
        var last = Stopwatch.StartNew();
        var progress = new SynchronousProgress(p =>
        {
            if (last.Elapsed.TotalSeconds >= 10 || p.SchoolsDone == p.SchoolsTotal)
            {
                last.Restart();
                Console.WriteLine($"  [{p.Elapsed:mm\\:ss}] schools {p.SchoolsDone}/{p.SchoolsTotal}, files {p.FilesWritten}, rows {p.RowsWritten:N0}, RSS {ProcessStatus.MiB("VmRSS")} MiB");
            }
        });
        var result = await generator.RunAsync(options, progress, CancellationToken.None).ConfigureAwait(false);
        var seconds = result.Elapsed.TotalSeconds;
        Console.WriteLine($"files            {result.FilesWritten:N0}");
        foreach (var (kind, rows) in result.RowsByKind)
        {
            Console.WriteLine($"rows {kind,-22} {rows:N0}");
        }

        Console.WriteLine($"rows total       {result.TotalRows:N0}");
        Console.WriteLine($"faults           {result.FaultsInjected:N0}");
        Console.WriteLine($"elapsed          {seconds:F1} s");
        Console.WriteLine($"rows/s           {result.TotalRows / seconds:N0}");
        Console.WriteLine($"peak RSS (VmHWM) {ProcessStatus.MiB("VmHWM")} MiB");
        Console.WriteLine($"output bytes     {ProcessStatus.DirectorySize(output) / (1024.0 * 1024.0):N0} MiB");
        if (!values.ContainsKey("--keep") && !values.ContainsKey("--out"))
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    private sealed class SynchronousProgress(Action<GeneratorProgress> report) : IProgress<GeneratorProgress>
    {
        public void Report(GeneratorProgress value) => report(value);
    }
}
