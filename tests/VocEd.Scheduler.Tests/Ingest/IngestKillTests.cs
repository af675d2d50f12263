using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Generator;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Ingest;

/// <summary>
/// Crash safety of `voced ingest`: a real child process (the built voced.dll) is killed with SIGKILL at random
/// moments again and again during the ingest of a small-scale sample (≈ 300 schools, ≈ 900 files, ≈ 235,000 rows,
/// 2 % faults and corrections), then the ingest runs to the end; the warehouse must then hold exactly what one
/// uninterrupted ingest of the same folder gives. Its console output must not show personal data.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class IngestKillTests(string provider)
{
    private const int _kills = 10;

    [Test]
    public async Task Killing_ingest_at_random_points_then_ingesting_again_gives_the_tables_of_an_uninterrupted_run()
    {
        using var home = new TempDirectory("voced-kill");
        var sample = Path.Combine(home.Path, "sample");
        await new SampleGenerator().RunAsync(
            new GeneratorOptions(GeneratorScale.Small, 2024, sample, Years: 1, FaultRate: 0.02, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8),
            null, CancellationToken.None);
        VocEd.Etl.Pseudonymize.PseudonymKey.Init(Path.Combine(home.Path, "data", "secrets", "pseudonym-key.json")); // what `voced pseudonym-key init` makes
        var interrupted = await WarehouseAsync(home, "interrupted");
        var uninterrupted = await WarehouseAsync(home, "uninterrupted");
        var output = new StringBuilder();

        // The uninterrupted run goes first, so the number of submissions a complete ingest commits is known.
        var reference = await RunAsync(home.Path, uninterrupted, sample, killWhen: null, extraDelay: TimeSpan.Zero);
        output.Append(reference.Output);
        var total = await FinishedSubmissionsAsync(uninterrupted);
        Assert.That(total, Is.GreaterThan(4 * _kills), "the sample is too small to kill the ingest 10 times midway");

        // Kill points are chosen by progress, not by the clock, so they land mid-run on a fast or a slow machine:
        // run i is killed once its share of the submissions has committed — a random point inside the i-th of
        // (kills + 2) equal slices of the whole, so the last slices are left for the finishing run — plus a random
        // few milliseconds, so that some kills land inside a submission's transaction.
        var random = new Random(TestContext.CurrentContext.Random.Next());
        var slice = total / (_kills + 2);
        var killedMidway = 0;
        for (var i = 0; i < _kills; i++)
        {
            var target = Math.Max(await FinishedSubmissionsAsync(interrupted) + 1, (i * slice) + random.Next(1, slice));
            var run = await RunAsync(home.Path, interrupted, sample, killWhen: async () =>
                await FinishedSubmissionsAsync(interrupted) >= target, extraDelay: TimeSpan.FromMilliseconds(random.Next(0, 40)));
            output.Append(run.Output);
            killedMidway += run.Killed ? 1 : 0;
        }

        var finish = await RunAsync(home.Path, interrupted, sample, killWhen: null, extraDelay: TimeSpan.Zero);
        output.Append(finish.Output);

        Assert.That(killedMidway, Is.EqualTo(_kills), "runs that finished before their kill point");
        // Exit code 1: the sample's faulty files are quarantined (or, sent again, reported as duplicates), in both.
        Assert.That((finish.ExitCode, reference.ExitCode), Is.EqualTo((1, 1)), finish.Output + reference.Output);
        var expected = await WarehouseSnapshot.TakeAsync(uninterrupted);
        Assert.That(expected["fact_enrollment"], Is.Not.Empty);
        Assert.That(WarehouseSnapshot.Differences(expected, await WarehouseSnapshot.TakeAsync(interrupted)), Is.Empty);

        var text = output.ToString();
        Assert.That(PersonalDataProbe.CitizenIdsIn(text), Is.Empty, "citizen IDs in the console output");
        var names = StudentNamesOf(sample);
        Assert.That(names, Has.Count.GreaterThan(100));
        Assert.That(names.Where(n => text.Contains(n, StringComparison.Ordinal)), Is.Empty, "student names in the console output");
    }

    private async Task<WarehouseOptions> WarehouseAsync(TempDirectory home, string name) =>
        provider == "sqlite"
            ? TestWarehouses.Sqlite(home, name + ".db")
            : await TestWarehouses.PostgresAsync(IngestPostgresFixture.Server);

    /// <summary>Submissions whose load or quarantine has committed (0 before the schema exists).</summary>
    private static async Task<int> FinishedSubmissionsAsync(WarehouseOptions warehouse)
    {
        try
        {
            await using var db = WarehouseDbContextFactory.Create(warehouse);
            return await db.EtlSubmissions.CountAsync(s => s.Status == "loaded" || s.Status == "quarantined" || s.Status == "superseded");
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private async Task<(int ExitCode, bool Killed, string Output)> RunAsync(
        string home, WarehouseOptions warehouse, string sample, Func<Task<bool>>? killWhen, TimeSpan extraDelay)
    {
        // As ./voced runs it: with the batch runtime settings of scripts/runtime-env.sh.
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var runtimeEnv = Path.Combine(RepoRoot.Path, "scripts", "runtime-env.sh");
        foreach (var argument in new[] { "-c", ". \"$0\" && voced_batch_runtime && exec dotnet \"$@\"", runtimeEnv, Path.Combine(AppContext.BaseDirectory, "voced.dll"), "--provider", provider, "--connection", warehouse.ConnectionString, "ingest", sample })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["VOCED_HOME"] = home;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start voced");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var killed = false;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("voced ingest did not finish within 3 minutes");
            }

            if (killWhen is not null && await killWhen())
            {
                await Task.Delay(extraDelay);
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true); // SIGKILL on Unix
                    killed = true;
                }

                break;
            }

            await Task.Delay(25);
        }

        await process.WaitForExitAsync();

        return (process.ExitCode, killed, await stdout + await stderr);
    }

    private static HashSet<string> StudentNamesOf(string sample)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories).Where(f => f.Contains("enrollment", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            var column = Array.FindIndex(lines[0].Split(','), h => h.Trim().Trim('\uFEFF') is "student_name" or "姓名" or "STUDENT_NAME");
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split(',');
                if (column >= 0 && column < fields.Length && fields[column].Length > 0)
                {
                    names.Add(fields[column]);
                }
            }
        }

        return names;
    }
}
