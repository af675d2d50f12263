using System.Diagnostics;
using System.Globalization;

namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// Runs the variants of one comparison in turn, round after round in the same process, the order rotated each round
/// (A B C, B C A, C A B …) so that no variant always runs first or after the same one; then prints per variant the
/// median time per unit of the rounds after the first (which pays the JIT) and the median of the per-round ratios to
/// the first variant — a ratio taken within one round sees the same minutes of the machine, so a shared machine's
/// swings cancel far better than in absolute times. Every variant's digest must match the first's in every round.
/// </summary>
internal static class Alternation
{
    /// <summary>Runs and prints; false when a variant's digest differed from the first variant's.</summary>
    public static bool Run(TextWriter output, string title, string unit, int rounds, IReadOnlyList<Variant> variants)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(variants);
        output.WriteLine();
        output.WriteLine($"== {title} ({variants.Count} variants, {rounds} rounds, order rotated each round; load average {LoadAverage()})");
        var trials = new Trial[rounds, variants.Count];
        var agree = true;
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < variants.Count; k++)
            {
                var v = (round + k) % variants.Count;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var trial = variants[v].Run();
                trials[round, v] = trial;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1} {variants[v].Name,-34} {trial.Elapsed.TotalSeconds,8:F3} s wall {trial.Cpu.TotalSeconds,8:F3} s CPU {trial.Units,11:N0} {unit} {PerUnit(trial.Elapsed, trial.Units),9:F1} ns/{unit} wall {PerUnit(trial.Cpu, trial.Units),9:F1} ns/{unit} CPU"));
            }

            for (var v = 1; v < variants.Count; v++)
            {
                if (trials[round, v].Digest != trials[round, 0].Digest || trials[round, v].Units != trials[round, 0].Units)
                {
                    agree = false;
                    output.WriteLine($"round {round + 1} DISAGREE: {variants[v].Name} gave {trials[round, v].Units:N0} {unit}, {trials[round, v].Digest}; {variants[0].Name} gave {trials[round, 0].Units:N0}, {trials[round, 0].Digest}");
                }
            }
        }

        var steady = rounds > 1 ? 1 : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"-- medians of rounds {steady + 1}–{rounds}; ratio = variant ÷ {variants[0].Name} in the same round, median (min–max); results {(agree ? "agree" : "DISAGREE")} (digest {trials[0, 0].Digest})"));
        for (var v = 0; v < variants.Count; v++)
        {
            var wall = Enumerable.Range(steady, rounds - steady).Select(r => PerUnit(trials[r, v].Elapsed, trials[r, v].Units)).ToList();
            var cpu = Enumerable.Range(steady, rounds - steady).Select(r => PerUnit(trials[r, v].Cpu, trials[r, v].Units)).ToList();
            var wallRatio = Enumerable.Range(steady, rounds - steady).Select(r => trials[r, v].Elapsed / trials[r, 0].Elapsed).ToList();
            var cpuRatio = Enumerable.Range(steady, rounds - steady).Select(r => trials[r, v].Cpu / trials[r, 0].Cpu).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{variants[v].Name,-34} wall {Median(wall),9:F1} ns/{unit}  ratio {Median(wallRatio),6:F3} ({wallRatio.Min():F3}–{wallRatio.Max():F3})   CPU {Median(cpu),9:F1} ns/{unit}  ratio {Median(cpuRatio),6:F3} ({cpuRatio.Min():F3}–{cpuRatio.Max():F3})"));
        }

        output.WriteLine($"load average at the end: {LoadAverage()}");
        return agree;
    }

    /// <summary>Times <paramref name="work"/>, which returns its units and digest.</summary>
    public static Trial Time(Func<(long Units, string Digest)> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var (units, digest) = work();
        var elapsed = clock.Elapsed;
        return new Trial(elapsed, Environment.CpuUsage.TotalTime - cpu, units, digest);
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages (Linux), for the record of how noisy a run was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double PerUnit(TimeSpan time, long units) => time.TotalNanoseconds / Math.Max(1, units);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
