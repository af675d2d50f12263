using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Generator;
using VocEd.Testing;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Ingest;

/// <summary>
/// A generated corpus of more than a hundred hostile files (<see cref="HostileCorpus"/>, fixed seed, lowered limits)
/// ingested in one run beside a clean sample, on SQLite and PostgreSQL: the clean files load exactly, every hostile
/// file is answered with a reason, nothing fails, crashes or hangs, every submission balances, and no ID-shaped text
/// is stored or logged anywhere.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class HostileCorpusTests(string provider)
{
    private const int _hostileFiles = 110;

    private LoadHarness _harness = null!; // set in OneTimeSetUp
    private SampleManifest _manifest = null!; // set in OneTimeSetUp
    private IReadOnlyList<string> _hostile = null!; // set in OneTimeSetUp
    private IngestSummary _summary = null!; // set in OneTimeSetUp

    [OneTimeSetUp]
    public async Task IngestAsync()
    {
        var sample = GeneratedSamples.Get("tiny-clean-utf8-csv", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8));
        _manifest = SampleManifest.Read(sample);
        _harness = await LoadHarness.CreateAsync(provider);
        _harness.Options.Limits = HostileCorpus.Limits;
        _harness.Options.MaxFileBytes = 16 << 20;
        _harness.Options.MaxQuarantineCopyBytes = 1 << 20;
        _harness.Options.MaxRejectedDetailsPerRule = 20;
        var root = Path.Combine(_harness.Folder, "in");
        foreach (var file in _manifest.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, "clean", file.Path))!);
            File.Copy(Path.Combine(sample, file.Path), Path.Combine(root, "clean", file.Path));
        }

        _hostile = [.. HostileCorpus.Write(sample, _manifest, Path.Combine(root, "hostile"), _harness.Options.PseudonymKeyFile, seed: 20261207, _hostileFiles).Select(f => "hostile/" + f)];
        _summary = await _harness.IngestAsync(root).WaitAsync(TimeSpan.FromMinutes(4));
    }

    [OneTimeTearDown]
    public void CleanUp() => _harness?.Dispose();

    [Test]
    public void Every_clean_file_loads_exactly()
    {
        var outcomes = _summary.Submissions.ToDictionary(s => s.FileName);
        Assert.That(_manifest.Files, Has.Count.GreaterThan(50));
        foreach (var file in _manifest.Files)
        {
            var s = outcomes["clean/" + file.Path];
            Assert.That((s.Status, s.RowsLoaded, s.RowsRejected), Is.EqualTo((SubmissionStatuses.Loaded, (long)file.Rows, 0L)), file.Path);
        }
    }

    [Test]
    public void Every_hostile_file_is_answered_with_a_reason_and_none_fails()
    {
        Assert.That(_hostile, Has.Count.GreaterThanOrEqualTo(100));
        var outcomes = _summary.Submissions.Where(s => s.FileName.StartsWith("hostile/", StringComparison.Ordinal)).ToDictionary(s => s.FileName);
        Assert.That(outcomes.Keys, Is.EquivalentTo(_hostile), "every hostile path has its outcome");
        var unanswered = outcomes.Values.Where(s => s.Status == SubmissionStatuses.Loaded ? s.RowsRejected == 0 : string.IsNullOrWhiteSpace(s.Reason)).Select(s => s.FileName);
        Assert.That(unanswered, Is.Empty, "a hostile file loaded without a rejected row, or not loaded without a reason");
        Assert.That(_summary.Submissions.Where(s => s.Status == SubmissionStatuses.Failed).Select(s => $"{s.FileName}: {s.Reason}"), Is.Empty, "nothing fails");
        var statuses = outcomes.Values.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine(string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}")) + "; rules: "
            + string.Join(", ", outcomes.Values.SelectMany(s => s.ByRule.Keys.Concat(s.Reason is { } r ? [r.Split(':')[0]] : [])).GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        Assert.That(statuses.Keys, Is.SupersetOf(new[] { SubmissionStatuses.Loaded, SubmissionStatuses.Quarantined, SubmissionOutcome.Refused }), "the classes reach every answer");
    }

    [Test]
    public async Task Every_submission_balances_and_nothing_shaped_like_a_citizen_id_is_stored_or_logged()
    {
        await using var db = _harness.Db();
        var submissions = await db.EtlSubmissions.ToListAsync();
        Assert.That(submissions.Where(s => s.RowsRead != s.RowsLoaded + s.RowsRejected).Select(s => s.FileName), Is.Empty);
        var counts = await db.EtlRuleFailureCounts.ToListAsync();
        Assert.That(counts.Where(c => c.DetailsKept > 20 || c.DetailsKept > c.Failures), Is.Empty, "at most 20 details per rule and submission");
        var values = await PersonalDataProbe.TextAndBlobValuesAsync(_harness.Warehouse);
        var texts = values.Select(v => (Where: $"{v.Table}.{v.Column}", v.Value))
            .Concat(_harness.Logger.Lines.Select(l => (Where: "log", Value: l)))
            .Concat(_summary.Submissions.Select(s => (Where: "outcome", Value: $"{s.FileName} {s.Reason}")));
        Assert.That(texts.Where(t => PersonalDataProbe.IdShapedIn(t.Value).Any()).Select(t => $"{t.Where}: {t.Value}").Take(5), Is.Empty);
    }
}
