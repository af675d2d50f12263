using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Ingest;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using VocEd.Generator;
using VocEd.Testing;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Ingest;

/// <summary>
/// One file per class of hostile input, ingested in one run beside a clean sample, on SQLite and on PostgreSQL: a name
/// with an unquoted comma on 30 rows (columns shift), a header with two columns swapped (IDs land in a code column), a
/// quote never closed, a line of 70,000 characters, a JSON object with a key twice, two extra empty fields per row, a
/// one-row correction whose row is rejected, an amount too large for numeric(18, 4), a FIFO, a link to the pseudonym key
/// file, a link that leads nowhere, /dev/zero, a file that vanishes during the run, a sparse file over the size limit, a
/// file named with a citizen ID and a terminal escape. Afterwards: no ID-shaped text in any text or blob column nor in
/// the log; every submission's rows read are its physical records and equal loaded + rejected; every clean file loaded
/// exactly; each hostile file answered as its class demands.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class HostileInputTests(string provider)
{
    private const int _shiftedRows = 30;
    private const int _detailsPerRule = 5;
    private static readonly string _escapedName = "110105194912310021\u001b[31m.csv";

    private LoadHarness _harness = null!; // set in OneTimeSetUp
    private SampleManifest _manifest = null!; // set in OneTimeSetUp
    private IngestSummary _summary = null!; // set in OneTimeSetUp
    private readonly Dictionary<string, long> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _school = new(StringComparer.Ordinal);
    private List<string> _validFiles = null!; // set in OneTimeSetUp

    [OneTimeSetUp]
    public async Task IngestAsync()
    {
        var sample = GeneratedSamples.Get("tiny-clean-utf8-csv", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Utf8));
        _manifest = SampleManifest.Read(sample);
        _harness = await LoadHarness.CreateAsync(provider);
        _harness.Options.MaxRejectedDetailsPerRule = _detailsPerRule;
        _harness.Options.MaxFileBytes = 8 << 20;
        _harness.Options.MaxQuarantineCopyBytes = 32 << 10;
        var root = Path.Combine(_harness.Folder, "in");
        var enrollments = _manifest.Files.Where(f => f.Kind == "enrollment").Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        var hostileSchools = enrollments.Take(6).ToList();
        _validFiles = [.. _manifest.Files.Select(f => f.Path).Except(hostileSchools)];
        foreach (var file in _validFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.Copy(Path.Combine(sample, file), Path.Combine(root, file));
        }

        var (header, rows) = Csv(Path.Combine(sample, hostileSchools[0]));
        var name = IndexOf(header, "姓名", "student_name");
        Write(root, "2024/enrollment/a_shifted.csv", header, rows.Select((r, i) => i < _shiftedRows ? With(r, name, "张,三丰") : r));

        (header, rows) = Csv(Path.Combine(sample, hostileSchools[1]));
        var (id, major) = (IndexOf(header, "身份证号", "citizen_id"), IndexOf(header, "专业代码", "major_code"));
        var swapped = header.ToArray();
        (swapped[id], swapped[major]) = (swapped[major], swapped[id]);
        Write(root, "2024/enrollment/b_swapped_header.csv", swapped, rows);

        (header, rows) = Csv(Path.Combine(sample, hostileSchools[2]));
        name = IndexOf(header, "姓名", "student_name");
        Write(root, "2024/enrollment/c_open_quote.csv", header, rows.Select((r, i) => i == 2 ? With(r, name, "\"王小明") : r));

        (header, rows) = Csv(Path.Combine(sample, hostileSchools[3]));
        name = IndexOf(header, "姓名", "student_name");
        Write(root, "2024/enrollment/d_long_line.csv", header, rows.Select((r, i) => i == 4 ? With(r, name, new string('x', 70_000)) : r));

        (header, rows) = Csv(Path.Combine(sample, hostileSchools[4]));
        var json = new StringBuilder("[\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var members = header.Select((h, c) => $"{JsonSerializer.Serialize(h)}: {JsonSerializer.Serialize(rows[i][c])}").ToList();
            if (i == 1)
            {
                members.Add($"{JsonSerializer.Serialize(header[0])}: \"4401000001\""); // the first key again
            }

            json.Append("  {").Append(string.Join(", ", members)).Append(i == rows.Count - 1 ? "}\n" : "},\n");
        }

        await File.WriteAllTextAsync(Path.Combine(root, "2024/enrollment/e_duplicate_key.json"), json.Append(']').ToString());
        _records["2024/enrollment/e_duplicate_key.json"] = rows.Count;

        (header, rows) = Csv(Path.Combine(sample, hostileSchools[5]));
        Write(root, "2024/enrollment/f_empty_extra_fields.csv", header, rows.Select(r => r.Append(string.Empty).Append(string.Empty).ToArray()));

        // A one-row correction of a clean file whose only row is rejected: it must not replace the clean version.
        var corrected = enrollments[6];
        (header, rows) = Csv(Path.Combine(sample, corrected));
        id = IndexOf(header, "身份证号", "citizen_id");
        Write(root, corrected.Replace(".csv", "_v2.csv", StringComparison.Ordinal), header, [With(rows[0], id, "110105194912310022")]);
        _school["empty_replacement"] = corrected;

        // A region's file with one amount too large for numeric(18, 4).
        var region = _manifest.Files.First(f => f.Kind == "regional_industry" && f.Path.EndsWith("/44.csv", StringComparison.Ordinal)).Path;
        (header, rows) = Csv(Path.Combine(sample, region));
        var (code, value) = (IndexOf(header, "地区代码", "region_code"), IndexOf(header, "增加值(亿元)", "value_added_100m_yuan"));
        Write(root, "2024/regional_industry/45_overflow.csv", header, rows.Select((r, i) => With(With(r, code, "45"), value, i == 0 ? "123456789012345678901" : r[value])));

        // The file system: a FIFO, a link to the pseudonym key (outside), a link to nowhere, a file that vanishes, a sparse giant, a hostile name.
        Fifo(Path.Combine(root, "pipe.csv"));
        File.CreateSymbolicLink(Path.Combine(root, "key.json"), _harness.Options.PseudonymKeyFile);
        File.CreateSymbolicLink(Path.Combine(root, "nowhere.csv"), Path.Combine(root, "gone.csv"));
        File.Copy(Path.Combine(sample, hostileSchools[0]), Path.Combine(root, "2024/enrollment/zz_vanishes.csv"));
        HostileFiles.Sparse(Path.Combine(root, "sparse.csv"), 10 << 20);
        await File.WriteAllTextAsync(Path.Combine(root, _escapedName), "110105194912310021,110105194912310039\n1,2\n");

        _summary = await _harness.IngestAsync(new VanishOnFirstScan(Path.Combine(root, "2024/enrollment/zz_vanishes.csv")), root, "/dev/zero");
    }

    [OneTimeTearDown]
    public void CleanUp() => _harness?.Dispose();

    [Test]
    public async Task Nothing_shaped_like_a_citizen_id_is_stored_in_any_text_or_blob_column_or_logged()
    {
        var values = await PersonalDataProbe.TextAndBlobValuesAsync(_harness.Warehouse);
        Assert.That(values.Select(v => v.Table), Does.Contain("etl_rejected_row").And.Contain("fact_enrollment"));
        var texts = values.Select(v => (Where: $"{v.Table}.{v.Column}", v.Value))
            .Concat(_harness.Logger.Lines.Select(l => (Where: "log", Value: l)))
            .Concat(_summary.Submissions.Select(s => (Where: "outcome", Value: $"{s.FileName} {s.Reason}")));
        Assert.That(texts.Where(t => PersonalDataProbe.IdShapedIn(t.Value).Any()).Select(t => $"{t.Where}: {t.Value}").Take(5), Is.Empty);
        Assert.That(_summary.Submissions.Select(s => s.FileName), Does.Contain("110105************\u001b[31m.csv"), "the name is kept, its ID masked");
    }

    [Test]
    public async Task Every_submission_reads_its_physical_records_and_balances_them()
    {
        await using var db = _harness.Db();
        var submissions = await db.EtlSubmissions.Where(s => s.LoadRunId == _summary.LoadRunId).ToListAsync();
        foreach (var s in submissions)
        {
            Assert.That(s.RowsRead, Is.EqualTo(s.RowsLoaded + s.RowsRejected), s.FileName);
        }

        var read = submissions.ToDictionary(s => s.FileName, s => (long)s.RowsRead);
        foreach (var (file, records) in _records.Where(r => !r.Key.Contains("_v2", StringComparison.Ordinal)))
        {
            Assert.That(read.GetValueOrDefault(file, -1), Is.EqualTo(records), file);
        }
    }

    [Test]
    public void Every_clean_file_loads_exactly_and_the_run_goes_on_past_every_hostile_file()
    {
        var outcomes = _summary.Submissions.ToDictionary(s => s.FileName);
        foreach (var file in _validFiles)
        {
            var s = outcomes[file];
            var expected = _manifest.Files.Single(f => f.Path == file).Rows;
            Assert.That((s.Status, s.RowsLoaded, s.RowsRejected), Is.EqualTo((SubmissionStatuses.Loaded, (long)expected, 0L)), file);
        }

        Assert.That(_summary.Submissions.Where(s => s.Status != SubmissionStatuses.Loaded && string.IsNullOrEmpty(s.Reason)), Is.Empty, "every file not loaded says why");
    }

    [Test]
    public async Task Shifted_columns_reject_their_rows_and_only_a_bounded_number_of_details_is_kept_with_the_true_count()
    {
        var shifted = Outcome("2024/enrollment/a_shifted.csv");
        Assert.That((shifted.Status, shifted.ByRule.GetValueOrDefault(RuleIds.MalformedRecord)), Is.EqualTo((SubmissionStatuses.Loaded, (long)_shiftedRows)));
        await using var db = _harness.Db();
        var count = await db.EtlRuleFailureCounts.SingleAsync(c => c.SubmissionId == shifted.SubmissionId && c.RuleId == RuleIds.MalformedRecord);
        var kept = await db.EtlRejectedRows.Where(r => r.SubmissionId == shifted.SubmissionId && r.RuleId == RuleIds.MalformedRecord).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That((count.Failures, count.DetailsKept, count.Severity), Is.EqualTo(((long)_shiftedRows, _detailsPerRule, "error")));
            Assert.That(kept.Select(r => r.SourceRowNumber), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "the first ones, in file order");
            Assert.That(kept.Select(r => r.Message), Has.All.Contain("第 ").And.All.Contain(" 行"), "each names its line");
            Assert.That(kept.Select(r => r.RawValue), Has.All.Null);
            Assert.That(_summary.DetailsDropped, Is.GreaterThanOrEqualTo(_shiftedRows - _detailsPerRule));
        });
    }

    [Test]
    public async Task IDs_in_a_code_column_are_masked_in_raw_values_and_messages()
    {
        var swapped = Outcome("2024/enrollment/b_swapped_header.csv");
        Assert.That(swapped.Status, Is.EqualTo(SubmissionStatuses.Quarantined), "every row rejected: over the rejection rate");
        await using var db = _harness.Db();
        var codes = await db.EtlRejectedRows.Where(r => r.SubmissionId == swapped.SubmissionId && r.ColumnName == "major_code").ToListAsync();
        Assert.That(codes, Is.Not.Empty);
        Assert.That(codes.Select(r => r.RawValue), Has.All.Match("^[0-9]{6}\\*{12}$"), "an ID in the major_code column keeps six characters");
        Assert.That(codes.Select(r => r.Message), Has.All.Contain("************"));
        Assert.That(await db.EtlRejectedRows.CountAsync(r => r.SubmissionId == swapped.SubmissionId), Is.LessThanOrEqualTo(_detailsPerRule * 10), "details per rule are bounded in quarantine too");
    }

    [Test]
    public void A_quote_never_closed_and_an_endless_line_cost_one_record_each()
    {
        foreach (var file in new[] { "2024/enrollment/c_open_quote.csv", "2024/enrollment/d_long_line.csv" })
        {
            var s = Outcome(file);
            Assert.That((s.Status, s.RowsRejected, s.RowsLoaded, s.ByRule.Keys.Single()), Is.EqualTo((SubmissionStatuses.Loaded, 1L, _records[file] - 1, RuleIds.MalformedRecord)), file);
        }
    }

    [Test]
    public void A_JSON_key_twice_rejects_its_row_and_extra_fields_reject_theirs()
    {
        var duplicate = Outcome("2024/enrollment/e_duplicate_key.json");
        Assert.That((duplicate.RowsRejected, duplicate.ByRule.Keys.Single()), Is.EqualTo((1L, RuleIds.MalformedRecord)));
        var extra = Outcome("2024/enrollment/f_empty_extra_fields.csv");
        Assert.That((extra.Status, extra.RowsRejected, extra.ByRule.GetValueOrDefault(RuleIds.MalformedRecord)), Is.EqualTo((SubmissionStatuses.Quarantined, _records["2024/enrollment/f_empty_extra_fields.csv"], _records["2024/enrollment/f_empty_extra_fields.csv"])),
            "more fields than the header, even empty ones: the columns may have shifted");
    }

    [Test]
    public async Task A_replacement_that_would_load_nothing_is_quarantined_and_the_version_it_would_replace_keeps_its_rows()
    {
        var original = _school["empty_replacement"];
        var v2 = Outcome(original.Replace(".csv", "_v2.csv", StringComparison.Ordinal));
        Assert.That((v2.Status, v2.Reason), Is.EqualTo((SubmissionStatuses.Quarantined, v2.Reason)));
        Assert.That(v2.Reason, Does.StartWith(RuleIds.EmptyReplacement + ":"));
        await using var db = _harness.Db();
        var kept = await db.EtlSubmissions.SingleAsync(s => s.FileName == original);
        Assert.That((kept.Status, await db.FactEnrollments.CountAsync(f => f.SubmissionId == kept.SubmissionId)), Is.EqualTo((SubmissionStatuses.Loaded, kept.RowsLoaded)));
        Assert.That(kept.RowsLoaded, Is.GreaterThan(1));
    }

    [Test]
    public async Task An_amount_too_large_for_the_numeric_column_is_a_rejected_row_on_every_provider()
    {
        var overflow = Outcome("2024/regional_industry/45_overflow.csv");
        Assert.That((overflow.Status, overflow.RowsRejected, overflow.ByRule.Keys.Single()), Is.EqualTo((SubmissionStatuses.Loaded, 1L, RuleIds.OutOfRange)));
        await using var db = _harness.Db();
        Assert.That(await db.FactRegionalIndustries.CountAsync(f => f.SubmissionId == overflow.SubmissionId), Is.EqualTo(overflow.RowsLoaded));
    }

    [Test]
    public void Paths_that_are_not_regular_files_inside_the_folder_are_refused_unread()
    {
        var refused = _summary.Submissions.Where(s => s.Status == SubmissionOutcome.Refused).ToDictionary(s => s.FileName, s => s.Reason);
        Assert.That(refused.Keys, Is.EquivalentTo(new[] { "pipe.csv", "key.json", "nowhere.csv", "zero" }));
        Assert.That(refused["key.json"], Does.Contain("out of the folder"));
        Assert.That(_summary.Refused, Is.EqualTo(4));
        var kept = Directory.Exists(_harness.Options.QuarantineDirectory) ? Directory.GetFiles(_harness.Options.QuarantineDirectory) : [];
        var key = File.ReadAllBytes(_harness.Options.PseudonymKeyFile);
        Assert.That(kept.Where(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(key)), Is.Empty, "the key file is never copied into quarantine");
    }

    [Test]
    public async Task A_file_that_vanishes_is_that_files_failure_and_a_giant_is_quarantined_without_a_copy()
    {
        var vanished = Outcome("2024/enrollment/zz_vanishes.csv");
        Assert.That((vanished.Status, vanished.SubmissionId), Is.EqualTo((SubmissionStatuses.Failed, (long?)null)));
        Assert.That(vanished.Reason, Does.Contain("no such file"));
        var sparse = Outcome("sparse.csv");
        Assert.That(sparse.Status, Is.EqualTo(SubmissionStatuses.Quarantined));
        await using var db = _harness.Db();
        var row = await db.EtlSubmissions.SingleAsync(s => s.SubmissionId == sparse.SubmissionId);
        Assert.That((row.Status, row.QuarantinePath, row.ContentHash.Length), Is.EqualTo((SubmissionStatuses.Quarantined, (string?)null, 64)));
        Assert.That(row.StatusReason, Does.StartWith(RuleIds.FileUnreadable).And.Contain("not copied").And.Contain(row.ContentHash));
    }

    [Test]
    public async Task A_run_left_running_by_a_process_that_is_gone_is_marked_abandoned_when_the_next_run_starts()
    {
        using var gone = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        await gone.WaitForExitAsync();
        long killed, alive;
        await using (var db = _harness.Db())
        {
            var left = new Warehouse.Model.Etl.EtlLoadRun { StartedAt = DateTime.UtcNow.AddMinutes(-3), TriggeredBy = "cli", Host = Environment.MachineName, ProcessId = gone.Id, Status = "running" };
            var running = new Warehouse.Model.Etl.EtlLoadRun { StartedAt = DateTime.UtcNow.AddMinutes(-1), TriggeredBy = "cli", Host = Environment.MachineName, ProcessId = Environment.ProcessId, Status = "running" };
            db.EtlLoadRuns.AddRange(left, running);
            await db.SaveChangesAsync();
            (killed, alive) = (left.LoadRunId, running.LoadRunId);
        }

        await _harness.IngestAsync(Directory.CreateDirectory(Path.Combine(_harness.Folder, "nothing")).FullName);

        await using var after = _harness.Db();
        var statuses = await after.EtlLoadRuns.Where(r => r.LoadRunId == killed || r.LoadRunId == alive).OrderBy(r => r.LoadRunId).Select(r => new { r.Status, r.FinishedAt }).ToListAsync();
        Assert.That(statuses.Select(r => (r.Status, r.FinishedAt is not null)), Is.EqualTo(new[] { ("abandoned", true), ("running", false) }), "a live process's run is left alone");
    }

    private SubmissionOutcome Outcome(string file) => _summary.Submissions.Single(s => s.FileName == file);

    private static (string[] Header, List<string[]> Rows) Csv(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    private void Write(string root, string file, string[] header, IEnumerable<string[]> rows)
    {
        var lines = rows.Select(r => string.Join(',', r)).ToList();
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', [string.Join(',', header), .. lines]) + "\n", new UTF8Encoding(false));
        _records[file] = lines.Count;
    }

    private static string[] With(string[] row, int column, string value)
    {
        var copy = row.ToArray();
        copy[column] = value;
        return copy;
    }

    private static int IndexOf(string[] header, params string[] names) => Array.FindIndex(header, h => names.Contains(h.Trim('\uFEFF', ' '), StringComparer.OrdinalIgnoreCase));

    private static void Fifo(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
    }

    /// <summary>Deletes a file when the first scan is reported: the scans run in order, on one thread, so it is not scanned yet (its kind was read).</summary>
    private sealed class VanishOnFirstScan(string path) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            if (value.Phase == "scan" && value.FilesDone == 1)
            {
                File.Delete(path);
            }
        }
    }
}
