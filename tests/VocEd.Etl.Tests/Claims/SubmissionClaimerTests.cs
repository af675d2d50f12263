using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Etl.Claims;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Load;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Claims;

/// <summary>The claim as database state: one holder per replacement key, stale claims taken over, loaded content never claimed again.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class SubmissionClaimerTests(string provider)
{
    private static readonly TimeSpan _lease = TimeSpan.FromHours(1);

    [Test]
    public async Task A_key_claimed_by_a_live_worker_keeps_a_second_worker_out()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var claimer = new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), TimeProvider.System, _lease);
        var first = await claimer.ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 1)), CancellationToken.None);
        var second = await claimer.ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 2)), CancellationToken.None);

        Assert.That((first.Outcome, second.Outcome), Is.EqualTo((ClaimOutcome.Claimed, ClaimOutcome.Busy)));
        Assert.That(second.Holder, Is.EqualTo(WorkerIdentity.Current(await RunAsync(db, 1)).ClaimedBy));
        var locks = await db.EtlSubmissionLocks.ToListAsync();
        Assert.That(locks.Select(l => (l.LockKey, l.SubmissionId)), Is.EqualTo(new[] { ("regional_industry|44|2024", first.Submission!.SubmissionId) }));
        Assert.That((await db.EtlSubmissions.SingleAsync()).Status, Is.EqualTo(SubmissionStatuses.Claimed));
    }

    [Test]
    public async Task A_back_load_records_the_given_receipt_time_instead_of_now()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var receivedAt = new DateTime(2024, 10, 30, 9, 45, 0, DateTimeKind.Utc);
        var claimer = new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System, receivedAt), TimeProvider.System, _lease);
        var claim = await claimer.ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 1)), CancellationToken.None);

        Assert.That(claim.Outcome, Is.EqualTo(ClaimOutcome.Claimed));
        var stored = await db.EtlSubmissions.AsNoTracking().SingleAsync();
        Assert.That(stored.ReceivedAt, Is.EqualTo(receivedAt), "the receipt time decides lateness, so a back-load keeps the true one");
        Assert.That(stored.ClaimedAt, Is.GreaterThan(receivedAt), "the claim itself happens now");
    }

    /// <summary>
    /// The races the claim's one batch settles after its first read said the key was free: a worker that inserted the
    /// key's lock row meanwhile makes the batch fail (and nothing of it stays); one that loaded the same content
    /// meanwhile is named by the recheck. The lock row names the submission the batch registered.
    /// </summary>
    [Test]
    public async Task The_claim_batch_registers_and_locks_and_loses_a_race_for_the_key_or_names_content_loaded_meanwhile()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        await db.Database.OpenConnectionAsync();
        var registrar = new SubmissionRegistrar(TimeProvider.System);
        var worker = WorkerIdentity.Current(await RunAsync(db, 1));
        var expires = DateTime.UtcNow + _lease;

        async Task<(EtlSubmission Submission, long? LoadedMeanwhile)> BatchAsync(string key, int version)
        {
            var (submission, registration) = registrar.Prepare(scan, "44.csv", worker, version);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var (loaded, _) = await SubmissionClaimer.RegisterAndLockAsync(db, transaction.GetDbTransaction(), submission, [.. registration, ("@key", key), ("@expires", expires)], CancellationToken.None);
            await transaction.CommitAsync();
            return (submission, loaded);
        }

        var first = await BatchAsync("k1", 1);
        Assert.That(first.LoadedMeanwhile, Is.Null);
        Assert.That((await db.EtlSubmissionLocks.AsNoTracking().SingleAsync()).SubmissionId, Is.EqualTo(first.Submission.SubmissionId));

        Assert.That(async () => await BatchAsync("k1", 2), Throws.InstanceOf<DbException>(), "the key's lock row is there");
        Assert.That(await db.EtlSubmissions.CountAsync(), Is.EqualTo(1), "the losing batch's registration rolled back with it");

        await db.EtlSubmissions.ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, SubmissionStatuses.Loaded));
        await db.EtlSubmissionLocks.ExecuteDeleteAsync();
        var second = await BatchAsync("k1", 2);
        Assert.That(second.LoadedMeanwhile, Is.EqualTo(first.Submission.SubmissionId));
        Assert.That((await db.EtlSubmissionLocks.AsNoTracking().SingleAsync()).SubmissionId, Is.EqualTo(second.Submission.SubmissionId));
    }

    /// <summary>
    /// A claim batch that fails for another reason than a worker holding the key is not taken for a busy key: the
    /// error comes out and nothing of the claim stays. Here a worker name longer than claimed_by's 200 characters, which
    /// PostgreSQL refuses (SQLite does not enforce lengths: there the claim goes through).
    /// </summary>
    [Test]
    public async Task A_claim_batch_failing_for_another_reason_than_the_key_is_an_error_not_a_busy_key()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var worker = new WorkerIdentity(new string('h', 250), 1, await RunAsync(db, 1));
        var claimer = new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), TimeProvider.System, _lease);
        if (provider == "sqlite")
        {
            Assert.That((await claimer.ClaimAsync(db, scan, "44.csv", worker, CancellationToken.None)).Outcome, Is.EqualTo(ClaimOutcome.Claimed));
            return;
        }

        Assert.That(async () => await claimer.ClaimAsync(db, scan, "44.csv", worker, CancellationToken.None), Throws.InstanceOf<DbException>());
        Assert.That((await db.EtlSubmissions.CountAsync(), await db.EtlSubmissionLocks.CountAsync()), Is.EqualTo((0, 0)));
    }

    /// <summary>The registration's own INSERT stores what EF would: every column, times in UTC to the tick, the new id returned.</summary>
    [Test]
    public async Task A_claim_registers_the_file_with_every_column_and_its_new_id()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(1_234_560);
        var worker = WorkerIdentity.Current(await RunAsync(db, 1));
        var claim = await new SubmissionClaimer(new SubmissionRegistrar(new FixedTimeProvider(at)), new FixedTimeProvider(at), _lease)
            .ClaimAsync(db, scan, "sub/44.csv", worker, CancellationToken.None);

        var row = await db.EtlSubmissions.AsNoTracking().SingleAsync();
        Assert.That(row.SubmissionId, Is.EqualTo(claim.Submission!.SubmissionId));
        Assert.That((row.Kind, row.SubmitterCode, row.Year, row.ContentHash, row.FileName, row.FileFormat, row.Encoding, row.SizeBytes),
            Is.EqualTo(("regional_industry", (string?)"44", (int?)2024, scan.ContentHash, "sub/44.csv", (string?)"csv", scan.Encoding, new FileInfo(scan.Path).Length)));
        Assert.That((row.Version, row.Status, row.ClaimedBy, row.LoadRunId, row.RowsRead, row.RowsLoaded, row.RowsRejected, row.RowsWarned),
            Is.EqualTo((1, SubmissionStatuses.Claimed, (string?)worker.ClaimedBy, (long?)1, 0, 0, 0, 0)));
        Assert.That(new[] { row.ReceivedAt, row.ClaimedAt!.Value, row.StatusChangedAt }, Has.All.EqualTo(at.UtcDateTime));
        Assert.That(new[] { row.ReceivedAt.Kind, row.StatusChangedAt.Kind }, Has.All.EqualTo(DateTimeKind.Utc));
        Assert.That((row.StatusReason, row.LoadedAt, row.SupersededBySubmissionId, row.QuarantinePath), Is.EqualTo(((string?)null, (DateTime?)null, (long?)null, (string?)null)));
    }

    [Test]
    public async Task A_claim_left_by_a_dead_process_is_taken_over_and_marked_failed()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var claimer = new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), TimeProvider.System, _lease);
        var dead = new WorkerIdentity(Environment.MachineName, DeadProcessId(), await RunAsync(db, 1));
        var first = await claimer.ClaimAsync(db, scan, "44.csv", dead, CancellationToken.None);
        var second = await claimer.ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 2)), CancellationToken.None);

        Assert.That((second.Outcome, second.TookOver), Is.EqualTo((ClaimOutcome.Claimed, true)));
        var old = await db.EtlSubmissions.SingleAsync(s => s.SubmissionId == first.Submission!.SubmissionId);
        Assert.That((old.Status, old.StatusReason), Is.EqualTo((SubmissionStatuses.Failed, $"claim of {dead.ClaimedBy} taken over by {WorkerIdentity.Current(await RunAsync(db, 2)).ClaimedBy}")));
        Assert.That((await db.EtlSubmissionLocks.SingleAsync()).ClaimedBy, Is.EqualTo(WorkerIdentity.Current(await RunAsync(db, 2)).ClaimedBy));
    }

    [Test]
    public async Task A_claim_of_another_host_holds_until_its_lease_expires()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var other = new WorkerIdentity("another-host", 1, await RunAsync(db, 1));
        await new SubmissionClaimer(new SubmissionRegistrar(new FixedTimeProvider(start)), new FixedTimeProvider(start), _lease)
            .ClaimAsync(db, scan, "44.csv", other, CancellationToken.None);
        var before = await new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), new FixedTimeProvider(start + _lease - TimeSpan.FromMinutes(1)), _lease)
            .ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 2)), CancellationToken.None);
        var after = await new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), new FixedTimeProvider(start + _lease + TimeSpan.FromMinutes(1)), _lease)
            .ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 2)), CancellationToken.None);

        Assert.That((before.Outcome, after.Outcome), Is.EqualTo((ClaimOutcome.Busy, ClaimOutcome.Claimed)));
    }

    /// <summary>A worker whose claim was taken over (its lease ran out) while it loaded commits nothing of that load.</summary>
    [Test]
    public async Task A_load_whose_claim_was_taken_over_meanwhile_commits_nothing()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scan = Scan(harness, "44.csv");
        await using var db = harness.Db();
        var start = DateTimeOffset.UtcNow;
        var slow = new WorkerIdentity("slow-host", 1, await RunAsync(db, 1));
        var first = await new SubmissionClaimer(new SubmissionRegistrar(new FixedTimeProvider(start)), new FixedTimeProvider(start), _lease)
            .ClaimAsync(db, scan, "44.csv", slow, CancellationToken.None);
        var later = new FixedTimeProvider(start + _lease + TimeSpan.FromMinutes(1));
        var second = await new SubmissionClaimer(new SubmissionRegistrar(later), later, _lease)
            .ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 2)), CancellationToken.None);
        Assert.That((first.Outcome, second.Outcome, second.TookOver), Is.EqualTo((ClaimOutcome.Claimed, ClaimOutcome.Claimed, true)));

        var keys = await DimensionKeys.LoadAsync(db, CancellationToken.None);
        var loader = new FactLoader(keys, new SchoolVersioner(keys), harness.Options, TimeProvider.System);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(db, scan, first.Submission!, null, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("taken over"));
        db.ChangeTracker.Clear();
        Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.Zero);
        var statuses = await db.EtlSubmissions.OrderBy(s => s.SubmissionId).Select(s => s.Status).ToListAsync();
        Assert.That(statuses, Is.EqualTo(new[] { SubmissionStatuses.Failed, SubmissionStatuses.Claimed }));
        Assert.That((await db.EtlSubmissionLocks.SingleAsync()).SubmissionId, Is.EqualTo(second.Submission!.SubmissionId));
    }

    /// <summary>The rows load the same whether they are read on a thread of their own ahead of the copy or on the copying one.</summary>
    [TestCase(true)]
    [TestCase(false)]
    public async Task A_load_reads_ahead_or_not_with_the_same_result(bool readAhead)
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scanner = new SubmissionScanner(new WarehouseValidationContext(TestReferenceData.Load(), TimeProvider.System), harness.Pseudonymizer(), harness.Options);
        var scan = scanner.Scan(Write(harness, "44.csv", Rows(20, bad: 3)));
        await using var db = harness.Db();
        var claim = await new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), TimeProvider.System, _lease)
            .ClaimAsync(db, scan, "44.csv", WorkerIdentity.Current(await RunAsync(db, 1)), CancellationToken.None);
        var keys = await DimensionKeys.LoadAsync(db, CancellationToken.None);
        var loader = new FactLoader(keys, new SchoolVersioner(keys), harness.Options, TimeProvider.System) { ReadAhead = readAhead };

        var attempt = await loader.LoadAsync(db, scan, claim.Submission!, null, CancellationToken.None);

        Assert.That((attempt.RateExceeded, attempt.RowsRead, attempt.RowsLoaded, attempt.RowsRejected), Is.EqualTo((false, 20L, 17L, 3L)));
        Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(17));
        Assert.That(await db.EtlRejectedRows.CountAsync(), Is.EqualTo(3));
        Assert.That(await db.EtlSubmissions.Select(s => s.Status).SingleAsync(), Is.EqualTo(SubmissionStatuses.Loaded));
    }

    /// <summary>
    /// The claim's batch reads what the load starts from — the key's loaded versions it replaces — and a load given that
    /// read replaces them as one that reads them itself does.
    /// </summary>
    [Test]
    public async Task The_claim_reads_the_earlier_version_its_load_replaces()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var scanner = new SubmissionScanner(new WarehouseValidationContext(TestReferenceData.Load(), TimeProvider.System), harness.Pseudonymizer(), harness.Options);
        await using var db = harness.Db();
        var claimer = new SubmissionClaimer(new SubmissionRegistrar(TimeProvider.System), TimeProvider.System, _lease);
        var worker = WorkerIdentity.Current(await RunAsync(db, 1));
        var keys = await DimensionKeys.LoadAsync(db, CancellationToken.None);
        var loader = new FactLoader(keys, new SchoolVersioner(keys), harness.Options, TimeProvider.System);

        var first = scanner.Scan(Write(harness, "44.csv", Rows(20, bad: 0)));
        var firstClaim = await claimer.ClaimAsync(db, first, "44.csv", worker, CancellationToken.None);
        Assert.That(firstClaim.Start?.Previous, Is.Empty);
        await loader.LoadAsync(db, first, firstClaim.Submission!, null, CancellationToken.None, firstClaim.Start);

        var correction = scanner.Scan(Write(harness, "44-corrected.csv", Rows(12, bad: 0)));
        var claim = await claimer.ClaimAsync(db, correction, "44-corrected.csv", worker, CancellationToken.None);
        Assert.That(claim.Start?.Previous.Select(p => (p.SubmissionId, p.RowsLoaded)), Is.EqualTo(new[] { (firstClaim.Submission!.SubmissionId, 20) }));
        var attempt = await loader.LoadAsync(db, correction, claim.Submission!, null, CancellationToken.None, claim.Start);

        Assert.That(attempt.ReplacedSubmissionId, Is.EqualTo(firstClaim.Submission!.SubmissionId));
        Assert.That(await db.FactRegionalIndustries.Select(f => f.SubmissionId).Distinct().ToListAsync(), Is.EqualTo(new[] { claim.Submission!.SubmissionId }));
        Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(12));
        Assert.That(await db.EtlSubmissions.OrderBy(s => s.SubmissionId).Select(s => s.Status).ToListAsync(),
            Is.EqualTo(new[] { SubmissionStatuses.Superseded, SubmissionStatuses.Loaded }));
    }

    [Test]
    public async Task Content_already_loaded_is_not_claimed_again_and_a_quarantined_file_sent_again_for_the_same_reason_is_a_duplicate()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var good = Write(harness, "44.csv", Rows(20, bad: 0));
        var bad = Write(harness, "45.csv", Rows(60, bad: 20), region: "450000");
        var first = await harness.IngestAsync(good, bad);
        var second = await harness.IngestAsync(good, bad);

        Assert.That(first.Submissions.Select(s => s.Status), Is.EqualTo(new[] { SubmissionStatuses.Loaded, SubmissionStatuses.Quarantined }));
        Assert.That(second.Submissions.Select(s => s.Status), Is.EqualTo(new[] { SubmissionOutcome.Skipped, SubmissionOutcome.Duplicate }));
        Assert.That(second.Submissions.Select(s => s.SubmissionId), Is.EqualTo(first.Submissions.Select(s => s.SubmissionId)), "both name the earlier submission");
        Assert.That(first.Submissions[1].Reason, Does.StartWith("rejection_rate_exceeded"));
        await using var db = harness.Db();
        Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(20));
        Assert.That(await db.EtlSubmissions.CountAsync(s => s.Status == SubmissionStatuses.Quarantined), Is.EqualTo(1), "the file was examined again, and not registered again for the same reason");
    }

    /// <summary>Makes sure etl_load_run rows 1..n exist (claims name their run) and returns <paramref name="run"/>.</summary>
    private static async Task<long> RunAsync(Warehouse.Data.WarehouseDbContext db, long run)
    {
        while (await db.EtlLoadRuns.CountAsync() < run)
        {
            db.EtlLoadRuns.Add(new Warehouse.Model.Etl.EtlLoadRun { TriggeredBy = "test", Status = "running", StartedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        return run;
    }

    private static SubmissionScan Scan(LoadHarness harness, string name)
    {
        var path = Write(harness, name, Rows(5, bad: 0));
        var scanner = new SubmissionScanner(new WarehouseValidationContext(TestReferenceData.Load(), TimeProvider.System), harness.Pseudonymizer(), harness.Options);
        return scanner.Scan(path);
    }

    private static string Write(LoadHarness harness, string name, List<Dictionary<string, string>> rows, string region = "440000")
    {
        foreach (var row in rows)
        {
            row[ColumnNames.RegionCode] = region;
        }

        var path = Path.Combine(harness.Folder, name);
        File.WriteAllText(path, CsvText.Of(SubmissionKind.RegionalIndustry, chineseHeaders: false, [.. rows]), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Rows with distinct sections (A–T, then repeated sections past 20 are duplicates); the first <paramref name="bad"/> have a negative value.</summary>
    private static List<Dictionary<string, string>> Rows(int count, int bad) =>
        [.. Enumerable.Range(0, count).Select(i => TestRows.With(SubmissionKind.RegionalIndustry,
            (ColumnNames.IndustrySection, ((char)('A' + (i % 20))).ToString()),
            (ColumnNames.Employment10k, i < bad ? "-1" : "10")))];

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false }) ?? throw new InvalidOperationException("cannot start true");
        process.WaitForExit();
        return process.Id;
    }
}
