using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using VocEd.Testing;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Ingest;

/// <summary>
/// One generated sample (tiny scale, two years, 5 % faults, every format, mixed encodings, Chinese and English
/// headers, shuffled columns, corrections, unreadable and over-threshold files) ingested twice into a fresh
/// warehouse, on SQLite and on PostgreSQL; the tests compare what the warehouse holds with the generator's manifest.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class IngestRunnerTests(string provider)
{
    private LoadHarness _harness = null!; // set in OneTimeSetUp
    private string _folder = null!; // set in OneTimeSetUp
    private SampleManifest _manifest = null!; // set in OneTimeSetUp
    private IngestSummary _first = null!; // set in OneTimeSetUp
    private IngestSummary _second = null!; // set in OneTimeSetUp
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _afterFirst = null!; // set in OneTimeSetUp
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _afterSecond = null!; // set in OneTimeSetUp

    [OneTimeSetUp]
    public async Task IngestTwiceAsync()
    {
        _folder = GeneratedSamples.TinyFaulty;
        _manifest = SampleManifest.Read(_folder);
        _harness = await LoadHarness.CreateAsync(provider);
        _first = await _harness.IngestAsync(_folder);
        _afterFirst = await WarehouseSnapshot.TakeAsync(_harness.Warehouse);
        _second = await _harness.IngestAsync(_folder);
        _afterSecond = await WarehouseSnapshot.TakeAsync(_harness.Warehouse);
    }

    [OneTimeTearDown]
    public void CleanUp() => _harness?.Dispose();

    [Test]
    public async Task Rejected_rows_are_exactly_the_manifest_faults_and_their_consequences()
    {
        await using var db = _harness.Db();
        var firstRun = _first.LoadRunId;
        var found = await db.EtlRejectedRows
            .Join(db.EtlSubmissions.Where(s => s.LoadRunId == firstRun), r => r.SubmissionId, s => s.SubmissionId, (r, s) => new { s.FileName, r.SourceRowNumber, r.RuleId })
            .Where(r => r.RuleId != RuleIds.SubmissionQuarantined)
            .ToListAsync();
        var actual = found.Select(r => (r.FileName, r.SourceRowNumber, r.RuleId)).ToHashSet();

        Assert.That(_manifest.Rejections, Is.Not.Empty, "the sample has faults");
        Assert.Multiple(() =>
        {
            Assert.That(_manifest.Rejections.Except(actual), Is.Empty, "faults the ETL missed");
            Assert.That(actual.Except(_manifest.Rejections), Is.Empty, "rejections the manifest does not expect");
        });
    }

    [Test]
    public async Task Quarantined_files_are_the_manifest_quarantines_with_their_reasons()
    {
        await using var db = _harness.Db();
        var firstRun = _first.LoadRunId;
        var quarantined = (await db.EtlSubmissions.Where(s => s.LoadRunId == firstRun && s.Status == SubmissionStatuses.Quarantined).ToListAsync())
            .Select(s => (s.FileName, Reason: s.StatusReason?.Split(':')[0])).ToHashSet();
        var expected = _manifest.Files.Where(f => f.Expected == "quarantine").Select(f => (f.Path, (string?)f.QuarantineReason)).ToHashSet();

        Assert.That(expected.Select(e => e.Item2).Distinct(), Is.EquivalentTo(new[] { RuleIds.FileUnreadable, RuleIds.RejectionRateExceeded }), "the sample quarantines for both reasons");
        Assert.That(quarantined, Is.EquivalentTo(expected));
        var kept = Directory.GetFiles(_harness.Options.QuarantineDirectory).Select(f => Path.GetFileName(f)).ToList();
        foreach (var file in expected)
        {
            Assert.That(kept, Has.Some.EndsWith("_" + file.Path.Replace('/', '_')), $"{file.Path} is kept in the quarantine folder");
        }
    }

    [Test]
    public async Task Every_row_of_a_submission_over_the_threshold_counts_as_rejected_with_submission_quarantined()
    {
        await using var db = _harness.Db();
        var firstRun = _first.LoadRunId;
        var overThreshold = await db.EtlSubmissions
            .Where(s => s.LoadRunId == firstRun && s.Status == SubmissionStatuses.Quarantined && s.RowsRead > 0).ToListAsync();
        Assert.That(overThreshold, Is.Not.Empty);
        foreach (var s in overThreshold)
        {
            var marked = await db.EtlRejectedRows.Where(r => r.SubmissionId == s.SubmissionId && r.RuleId == RuleIds.SubmissionQuarantined)
                .Select(r => r.SourceRowNumber).Distinct().CountAsync();
            Assert.That((s.RowsRejected, s.RowsLoaded, marked), Is.EqualTo((s.RowsRead, 0, s.RowsRead)), s.FileName);
        }
    }

    [Test]
    public async Task Every_submission_balances_rows_read_against_loaded_plus_rejected_as_the_manifest_expects()
    {
        await using var db = _harness.Db();
        var firstRun = _first.LoadRunId;
        var submissions = await db.EtlSubmissions.Where(s => s.LoadRunId == firstRun).ToListAsync();
        var expected = _manifest.Files.ToDictionary(f => f.Path);
        Assert.That(submissions.Select(s => s.FileName), Is.EquivalentTo(expected.Keys));
        foreach (var s in submissions)
        {
            var file = expected[s.FileName];
            Assert.That(s.RowsRead, Is.EqualTo(s.RowsLoaded + s.RowsRejected), s.FileName);
            if (file.QuarantineReason != RuleIds.FileUnreadable)
            {
                Assert.That((s.RowsRead, s.RowsRejected), Is.EqualTo((file.Rows, file.ExpectedRejectedRows)), s.FileName);
            }
        }

        Assert.That(_first.RowsRead, Is.EqualTo(_first.RowsLoaded + _first.RowsRejected));
    }

    [Test]
    public void Ingesting_the_same_folder_again_leaves_every_dimension_and_fact_table_identical()
    {
        Assert.That(_afterFirst["fact_enrollment"], Is.Not.Empty);
        Assert.That(WarehouseSnapshot.Differences(_afterFirst, _afterSecond), Is.Empty);
    }

    [Test]
    public void The_second_ingest_skips_loaded_files_and_reports_unchanged_quarantined_ones_as_duplicates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_second.Loaded, Is.Zero);
            Assert.That(_first.Quarantined, Is.GreaterThan(0), "the sample has files to quarantine");
            Assert.That((_second.Duplicates, _second.Quarantined), Is.EqualTo((_first.Quarantined, 0)), "same content, same reason: not registered again");
            Assert.That(_second.Skipped, Is.EqualTo(_first.Loaded));
            Assert.That(_second.Failed + _second.Busy, Is.Zero);
        });
    }

    [Test]
    public async Task A_correction_replaces_the_earlier_version_and_keeps_its_history()
    {
        var corrections = _manifest.Files.Where(f => f.Corrects is not null && f.Expected == "load").ToList();
        Assert.That(corrections, Is.Not.Empty, "the sample has corrections");
        await using var db = _harness.Db();
        foreach (var correction in corrections)
        {
            var v2 = await db.EtlSubmissions.SingleAsync(s => s.FileName == correction.Path && s.Status == SubmissionStatuses.Loaded);
            var originals = await db.EtlSubmissions.Where(s => s.FileName == correction.Corrects).ToListAsync();
            var original = originals.OrderBy(s => s.SubmissionId).First();
            if (original.Status == SubmissionStatuses.Superseded)
            {
                Assert.That((original.SupersededBySubmissionId, v2.Version), Is.EqualTo(((long?)v2.SubmissionId, original.Version + 1)), correction.Path);
                Assert.That(await FactRowsAsync(db, original.SubmissionId), Is.Zero, "the original's facts are gone");
            }
            else if (original.Status != SubmissionStatuses.Quarantined)
            {
                // A truncated original whose only row is cut off names no year: it has no replacement key and loaded nothing.
                Assert.That((original.Status, original.Year, original.RowsLoaded), Is.EqualTo((SubmissionStatuses.Loaded, (int?)null, 0)), correction.Path);
            }

            Assert.That(await FactRowsAsync(db, v2.SubmissionId), Is.EqualTo(v2.RowsLoaded), correction.Path);
        }
    }

    [Test]
    public async Task No_citizen_id_or_student_name_is_stored_in_any_table_or_log()
    {
        var names = StudentNames.In(_folder);
        Assert.That(names, Has.Count.GreaterThan(100), "the sample has student names");
        var values = await PersonalDataProbe.TextValuesAsync(_harness.Warehouse);
        Assert.That(values.Select(v => v.Table), Does.Contain("fact_enrollment").And.Contain("etl_rejected_row"));
        var logLines = _harness.Logger.Lines.ToList();
        Assert.That(logLines, Is.Not.Empty);
        var outcomes = _first.Submissions.Concat(_second.Submissions).Select(s => $"{s.FileName} {s.Reason}");
        var texts = values.Select(v => (Where: $"{v.Table}.{v.Column}", v.Value))
            .Concat(logLines.Concat(outcomes).Select(l => (Where: "log", Value: l)));

        var ids = texts.SelectMany(t => PersonalDataProbe.CitizenIdsIn(t.Value).Select(id => t.Where)).Distinct().ToList();
        var withNames = texts.Where(t => names.Contains(t.Value) || (t.Value.Length > 3 && names.Any(n => n.Length >= 3 && t.Value.Contains(n, StringComparison.Ordinal))))
            .Select(t => t.Where).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Empty, "columns holding a valid citizen ID");
            Assert.That(withNames, Is.Empty, "columns holding a student name");
        });
    }

    [Test]
    public async Task Every_format_encoding_and_header_language_of_the_sample_loads()
    {
        await using var db = _harness.Db();
        var loaded = (await db.EtlSubmissions.Where(s => s.Status == SubmissionStatuses.Loaded || s.Status == SubmissionStatuses.Superseded).ToListAsync())
            .ToDictionary(s => s.FileName);
        var expectedToLoad = _manifest.Files.Where(f => f.Expected == "load").ToList();
        Assert.That(expectedToLoad.Select(f => (f.Format, f.Encoding, f.HeaderLanguage)).Distinct().ToList(), Has.Count.GreaterThanOrEqualTo(6),
            "csv in three encodings, xlsx and json, with Chinese and English headers");
        Assert.That(expectedToLoad.Select(f => f.Encoding), Does.Contain("gb18030"));
        foreach (var file in expectedToLoad)
        {
            Assert.That(loaded.TryGetValue(file.Path, out var s), Is.True, file.Path);
            Assert.That(s!.RowsLoaded, Is.EqualTo(file.Rows - file.ExpectedRejectedRows), file.Path);
            Assert.That(s.FileFormat, Is.EqualTo(file.Format), file.Path);
            if (File.ReadAllBytes(Path.Combine(_folder, file.Path)).Any(b => b >= 0x80) || file.Encoding == "utf-8-bom")
            {
                // A file of plain ASCII reads the same in every encoding; the detector calls it utf-8.
                Assert.That(s.Encoding, Is.EqualTo(file.Encoding), file.Path);
            }
        }
    }

    [Test]
    public async Task Loaded_fact_rows_point_to_known_schools_majors_and_regions()
    {
        await using var db = _harness.Db();
        Assert.Multiple(async () =>
        {
            Assert.That(await db.FactEnrollments.CountAsync(f => f.SchoolKey < 0 || f.MajorKey < 0 || f.HomeRegionKey < 0), Is.Zero);
            Assert.That(await db.FactGraduateOutcomes.CountAsync(f => f.SchoolKey < 0 || f.MajorKey < 0 || f.DestinationKey < 0 || f.EmployerRegionKey == -1), Is.Zero);
            Assert.That(await db.FactSchoolResources.CountAsync(f => f.SchoolKey < 0), Is.Zero);
            Assert.That(await db.FactRegionalIndustries.CountAsync(f => f.RegionKey < 0 || f.IndustryKey < 0), Is.Zero);
            Assert.That(await db.EtlSubmissionLocks.CountAsync(), Is.Zero, "every claim was released");
        });
    }

    private static async Task<int> FactRowsAsync(Warehouse.Data.WarehouseDbContext db, long id) =>
        await db.FactEnrollments.CountAsync(f => f.SubmissionId == id)
        + await db.FactGraduateOutcomes.CountAsync(f => f.SubmissionId == id)
        + await db.FactSchoolResources.CountAsync(f => f.SubmissionId == id)
        + await db.FactRegionalIndustries.CountAsync(f => f.SubmissionId == id);
}
