using System.Diagnostics;
using System.Globalization;
using System.Text;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VocEd.Cubes.Refresh;
using VocEd.Etl;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Benchmarks.Refresh;

/// <summary>
/// Full refresh against one hand-written GROUP BY over the same facts (same database, same run), and an
/// incremental refresh after one school's correction against a full refresh. Prints every timing (raw)
/// and the medians and ratios.
/// </summary>
internal sealed class RefreshBenchmark(RefreshBenchmarkOptions options, TextWriter output)
{
    /// <summary>The baseline: one GROUP BY over enrollment and graduates (joined to school and county), counts and sums per prefecture and school type (province and nation sum from them).</summary>
    private const string _handWrittenGroupBy = """
        select u.prefecture_code, u.school_type, count(*), sum(u.is_student), sum(u.dropped), sum(u.is_graduate), sum(u.placed), sum(u.employed), sum(u.salary)
        from (
            select r.prefecture_code, s.school_type, 1 as is_student, case when f.status = 'dropped' then 1 else 0 end as dropped,
                0 as is_graduate, 0 as placed, 0 as employed, cast(0 as float) as salary
            from fact_enrollment f
            join dim_school s on s.school_key = f.school_key
            join dim_region r on r.region_key = s.region_key
            union all
            select r.prefecture_code, s.school_type, 0, 0, 1, cast(d.is_placed as int), cast(d.is_employed as int), cast(g.monthly_salary_yuan as float)
            from fact_graduate_outcome g
            join dim_school s on s.school_key = g.school_key
            join dim_region r on r.region_key = s.region_key
            join dim_destination d on d.destination_key = g.destination_key
        ) u
        group by u.prefecture_code, u.school_type
        """;

    public async Task RunAsync(CancellationToken ct)
    {
        var w = options.Warehouse;
        var work = Directory.CreateTempSubdirectory("voced-refresh-bench-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var reference = ReferenceDataSet.Load();
            await new WarehouseMigrator(w, reference, TimeProvider.System).MigrateAsync(ct).ConfigureAwait(false);
            var correct = options.Sample is { } sample
                ? await IngestSampleAsync(sample, reference, work, ct).ConfigureAwait(false)
                : await FillSyntheticAsync(ct).ConfigureAwait(false);
            await using (var db = WarehouseDbContextFactory.Create(w))
            {
                await AnalyzeAsync(db, ct).ConfigureAwait(false);
            }

            await Line($"setup (migrate, load facts, analyze): {clock.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
            await RunsAsync(correct, ct).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (options.TemporaryFile is { } file)
            {
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }
            }
        }
    }

    /// <summary>Synthetic facts of <see cref="RefreshBenchmarkOptions.Scale"/>; the correction: one school resubmits its graduates.</summary>
    private async Task<Func<int, CancellationToken, Task>> FillSyntheticAsync(CancellationToken ct)
    {
        var w = options.Warehouse;
        var studentsPerSchool = 2500;
        var graduatesPerSchool = 667;
        await Line($"cube refresh benchmark: provider {w.Provider}, synthetic facts: {options.Schools} schools, {options.Schools * studentsPerSchool} enrollment rows, {options.Schools * graduatesPerSchool} graduates, {options.Runs} runs").ConfigureAwait(false);
        await using var db = WarehouseDbContextFactory.Create(w);
        var facts = new SyntheticFacts(db, options.Schools) { Options = w };
        await facts.FillAsync(studentsPerSchool, graduatesPerSchool, ct).ConfigureAwait(false);
        return (run, token) => CorrectOneSchoolAsync(facts, run, token);
    }

    /// <summary>
    /// The facts of a generated sample, loaded through the ETL (the code of `./voced ingest`); the correction: one school's
    /// graduate_destination file submitted again without its last row, ingested the same way (it replaces the earlier
    /// submission of that school and year).
    /// </summary>
    private async Task<Func<int, CancellationToken, Task>> IngestSampleAsync(string sample, ReferenceDataSet reference, string work, CancellationToken ct)
    {
        var w = options.Warehouse;
        await Line($"cube refresh benchmark: provider {w.Provider}, sample {sample} loaded through the ETL, {options.Runs} runs").ConfigureAwait(false);
        var etl = new EtlOptions { PseudonymKeyFile = Path.Combine(work, "secrets", "key.json"), QuarantineDirectory = Path.Combine(work, "quarantine") };
        var runner = new IngestRunner(w, reference, new Pseudonymizer(BenchKeys.Open(etl.PseudonymKeyFile)), etl, TimeProvider.System);
        if (options.Loaded)
        {
            await Line("--loaded: the facts an earlier run loaded from the sample (the corrections get pseudonyms under a new key, which changes no count)").ConfigureAwait(false);
        }
        else
        {
            var summary = await runner.RunAsync([sample], null, ct).ConfigureAwait(false);
            await Line($"ingested {summary.Submissions.Count:N0} files ({summary.Loaded:N0} loaded, {summary.Quarantined:N0} quarantined, {summary.Failed:N0} failed): {summary.RowsLoaded:N0} rows loaded, {summary.RowsRejected:N0} rejected, {summary.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
        }

        await using (var db = WarehouseDbContextFactory.Create(w))
        {
            await Line($"facts: {await db.FactEnrollments.CountAsync(ct).ConfigureAwait(false):N0} enrollment rows, {await db.FactGraduateOutcomes.CountAsync(ct).ConfigureAwait(false):N0} graduates, {await db.DimSchools.CountAsync(ct).ConfigureAwait(false):N0} school versions").ConfigureAwait(false);
        }

        var graduateFiles = Directory.EnumerateFiles(sample, "*.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "graduate_destination")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (graduateFiles.Count == 0)
        {
            throw new InvalidOperationException($"{sample} has no graduate_destination/*.csv to correct");
        }

        // A school picked at random per invocation, so that a later invocation on the same warehouse (--loaded) corrects
        // other files than this one did (an identical file again would be a no-op).
        var first = Random.Shared.Next(graduateFiles.Count);
        return async (run, token) =>
        {
            var source = graduateFiles[(first + run) % graduateFiles.Count];
            var folder = Directory.CreateDirectory(Path.Combine(work, "corrections", $"run{run}")).FullName;
            var lines = await File.ReadAllLinesAsync(source, token).ConfigureAwait(false);
            await File.WriteAllLinesAsync(Path.Combine(folder, Path.GetFileName(source)), lines[..^1], new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), token).ConfigureAwait(false);
            var result = await runner.RunAsync([folder], null, token).ConfigureAwait(false);
            if (result.Loaded != 1)
            {
                throw new InvalidOperationException($"the correction {source} did not load ({result.Quarantined} quarantined, {result.Failed} failed)");
            }
        };
    }

    private async Task RunsAsync(Func<int, CancellationToken, Task> correct, CancellationToken ct)
    {
        var w = options.Warehouse;
        var refresher = new CubeRefresher(w, TimeProvider.System);
        await refresher.RefreshAsync(full: true, ct).ConfigureAwait(false);
        await Line("warm-up full refresh done").ConfigureAwait(false);

        var full = new List<double>();
        var group = new List<double>();
        var incremental = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            group.Add(await TimeAsync(() => GroupByAsync(ct)).ConfigureAwait(false));
            CubeRefreshReport? fullReport = null;
            full.Add(await TimeAsync(async () => fullReport = await refresher.RefreshAsync(full: true, ct).ConfigureAwait(false)).ConfigureAwait(false));
            await correct(run, ct).ConfigureAwait(false);
            CubeRefreshReport? report = null;
            incremental.Add(await TimeAsync(async () => report = await refresher.RefreshAsync(full: false, ct).ConfigureAwait(false)).ConfigureAwait(false));
            await Line($"run {run}: group-by {group[^1]:F3} s, full refresh {full[^1]:F3} s, incremental {incremental[^1]:F3} s ({report?.PartitionsTouched} partition, {report?.RowsWritten} rows written)").ConfigureAwait(false);
            await Line($"  full steps: {Steps(fullReport)}").ConfigureAwait(false);
            await Line($"  incremental steps: {Steps(report)}").ConfigureAwait(false);
        }

        var (m, g, i) = (Median(full), Median(group), Median(incremental));
        await Line($"median: full refresh {m:F3} s, hand-written group-by {g:F3} s, incremental {i:F3} s").ConfigureAwait(false);
        await Line($"ratio full / group-by = {m / g:F2} (target <= 1.5); ratio incremental / full = {i / m:F3} (target <= 0.05)").ConfigureAwait(false);
    }

    /// <summary>One school resubmits its graduates: the old submission is superseded, its facts replaced.</summary>
    private static async Task CorrectOneSchoolAsync(SyntheticFacts facts, int run, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(facts.Schools.Count > 0 ? OptionsOf(facts) : throw new InvalidOperationException("no schools"));
        var school = facts.Schools[run % facts.Schools.Count];
        var old = await db.EtlSubmissions.SingleAsync(s => s.Kind == "graduate_destination" && s.SubmitterCode == school.SchoolCode && s.Status == "loaded", ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        old.Status = "superseded";
        old.StatusChangedAt = now;
        var replacement = SyntheticFacts.Submission("graduate_destination", school.SchoolCode, SyntheticFacts.Year + 1, now);
        replacement.Version = old.Version + 1;
        db.EtlSubmissions.Add(replacement);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.FactGraduateOutcomes.Where(g => g.SubmissionId == old.SubmissionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific }, facts.Graduates(school, replacement.SubmissionId, 667, run), ct).ConfigureAwait(false);
    }

    private static string Steps(CubeRefreshReport? report) =>
        report is null ? string.Empty : string.Join(", ", report.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:F3}")));

    private static WarehouseOptions OptionsOf(SyntheticFacts facts) => facts.Options;

    private async Task GroupByAsync(CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options.Warehouse);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var rows = await SqlCommands.QueryAsync(db.Database.GetDbConnection(), null, _handWrittenGroupBy, r => r.GetValue(0), ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("the baseline read nothing");
        }
    }

    private static async Task AnalyzeAsync(WarehouseDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var sql = db.Provider switch
        {
            WarehouseProvider.Postgres => "analyze",
            WarehouseProvider.Sqlite => "analyze",
            _ => "select 1",
        };
        await SqlCommands.ExecuteAsync(db.Database.GetDbConnection(), null, sql, ct).ConfigureAwait(false);
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work().ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private Task Line(string text) => output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] {text}"));
}
