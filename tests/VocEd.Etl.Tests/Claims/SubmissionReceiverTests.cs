using System.Text;
using Microsoft.EntityFrameworkCore;
using VocEd.Etl.Claims;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Tests.Claims;

/// <summary>Receive, then load by id: versions fixed in order of receipt, loads in any order, each submission loaded once.</summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class SubmissionReceiverTests(string provider)
{
    [Test]
    public async Task A_received_file_is_registered_with_its_version_and_kept_in_the_store()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var path = Write(harness, "a.csv", rows: 5);
        var receipt = await Receiver(harness).ReceiveAsync(path, null, move: true, CancellationToken.None);

        await using var db = harness.Db();
        var row = await db.EtlSubmissions.AsNoTracking().SingleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Outcome, Is.EqualTo(ReceiptOutcome.Registered));
            Assert.That(row.SubmissionId, Is.EqualTo(receipt.SubmissionId));
            Assert.That(row.Status, Is.EqualTo(SubmissionStatuses.Received));
            Assert.That((row.Kind, row.SubmitterCode, row.Year, row.Version), Is.EqualTo((SubmissionKinds.RegionalIndustry, "44", 2024, 1)));
            Assert.That(File.Exists(path), Is.False, "moved out of the inbox");
            Assert.That(File.Exists(SubmissionReceiver.StoredPath(harness.Options, receipt.SubmissionId)), Is.True);
        });
    }

    [Test]
    public async Task Loading_by_id_loads_once_however_often_it_is_asked()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var receipt = await Receiver(harness).ReceiveAsync(Write(harness, "a.csv", rows: 5), null, move: true, CancellationToken.None);

        var first = await Runner(harness).LoadRegisteredAsync(receipt.SubmissionId, CancellationToken.None);
        var second = await Runner(harness).LoadRegisteredAsync(receipt.SubmissionId, CancellationToken.None);

        await using var db = harness.Db();
        Assert.Multiple(async () =>
        {
            Assert.That((first.Status, first.RowsRead, first.RowsLoaded), Is.EqualTo((SubmissionStatuses.Loaded, 5L, 5L)));
            Assert.That(second.Status, Is.EqualTo(SubmissionStatuses.Loaded), "the second call finds it loaded and leaves it");
            Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(5));
            Assert.That(await db.EtlSubmissionLocks.CountAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task A_version_loaded_after_a_later_one_never_replaces_it()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var receiver = Receiver(harness);
        var older = await receiver.ReceiveAsync(Write(harness, "first.csv", rows: 5), null, move: true, CancellationToken.None);
        var newer = await receiver.ReceiveAsync(Write(harness, "correction.csv", rows: 7), null, move: true, CancellationToken.None);
        Assert.That((older.Version, newer.Version), Is.EqualTo((1, 2)));

        var loadedNewer = await Runner(harness).LoadRegisteredAsync(newer.SubmissionId, CancellationToken.None);
        var loadedOlder = await Runner(harness).LoadRegisteredAsync(older.SubmissionId, CancellationToken.None);

        await using var db = harness.Db();
        var rows = await db.EtlSubmissions.AsNoTracking().OrderBy(s => s.Version).ToListAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(loadedNewer.Status, Is.EqualTo(SubmissionStatuses.Loaded));
            Assert.That(loadedOlder.Status, Is.EqualTo(SubmissionStatuses.Superseded));
            Assert.That(rows.Select(r => r.Status), Is.EqualTo(new[] { SubmissionStatuses.Superseded, SubmissionStatuses.Loaded }));
            Assert.That(rows[0].SupersededBySubmissionId, Is.EqualTo(newer.SubmissionId));
            Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(7), "the correction's rows stay");
            Assert.That(await db.FactRegionalIndustries.AllAsync(f => f.SubmissionId == newer.SubmissionId), Is.True);
        });
    }

    [Test]
    public async Task Content_already_loaded_is_not_registered_again()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var receipt = await Receiver(harness).ReceiveAsync(Write(harness, "a.csv", rows: 5), null, move: false, CancellationToken.None);
        await Runner(harness).LoadRegisteredAsync(receipt.SubmissionId, CancellationToken.None);

        var again = await Receiver(harness).ReceiveAsync(Path.Combine(harness.Folder, "a.csv"), null, move: false, CancellationToken.None);

        await using var db = harness.Db();
        Assert.That(again.Outcome, Is.EqualTo(ReceiptOutcome.AlreadyLoaded));
        Assert.That(again.SubmissionId, Is.EqualTo(receipt.SubmissionId));
        Assert.That(await db.EtlSubmissions.CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_workers_loading_the_same_id_at_once_load_it_once()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var receipt = await Receiver(harness).ReceiveAsync(Write(harness, "a.csv", rows: 20), null, move: true, CancellationToken.None);
        var runners = Enumerable.Range(0, 4).Select(_ => Runner(harness)).ToList();

        var outcomes = await Task.WhenAll(runners.Select(r => Task.Run(() => r.LoadRegisteredAsync(receipt.SubmissionId, CancellationToken.None))));

        await using var db = harness.Db();
        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Count(o => o.Status == SubmissionStatuses.Loaded), Is.GreaterThanOrEqualTo(1));
            Assert.That(outcomes.Select(o => o.Status), Is.All.AnyOf(SubmissionStatuses.Loaded, SubmissionOutcome.Busy));
            Assert.That(await db.FactRegionalIndustries.CountAsync(), Is.EqualTo(20), "loaded once");
            Assert.That((await db.EtlSubmissions.AsNoTracking().SingleAsync()).Status, Is.EqualTo(SubmissionStatuses.Loaded));
        });
    }

    [Test]
    public async Task Receipts_of_one_key_at_once_get_distinct_versions()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var paths = Enumerable.Range(0, 6).Select(i => Write(harness, $"r{i}.csv", rows: 3 + i)).ToList();
        var receiver = Receiver(harness);

        var receipts = await Task.WhenAll(paths.Select(p => Task.Run(() => receiver.ReceiveAsync(p, null, move: true, CancellationToken.None))));

        Assert.That(receipts.Select(r => r.Version).Order(), Is.EqualTo(Enumerable.Range(1, 6)));
    }

    [Test]
    public async Task A_receipt_reads_regular_files_within_the_size_limit_only_and_registers_the_others_as_refused()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var link = Path.Combine(harness.Folder, "key-link.csv");
        File.CreateSymbolicLink(link, harness.Options.PseudonymKeyFile);
        var pipe = Path.Combine(harness.Folder, "pipe.csv");
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        var large = Write(harness, "large.csv", rows: 5);
        harness.Options.MaxFileBytes = new FileInfo(large).Length - 1;
        var receiver = Receiver(harness);

        var receipts = await receiver.ReceiveAllAsync([link, pipe, large], null, move: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await using var db = harness.Db();
        var rows = await db.EtlSubmissions.AsNoTracking().OrderBy(s => s.SubmissionId).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(receipts.Select(r => r.Outcome), Is.All.EqualTo(ReceiptOutcome.Refused));
            Assert.That(rows.Select(r => r.Status), Is.EqualTo(Enumerable.Repeat(SubmissionStatuses.Refused, 3)), "each refusal is visible as a submission");
            Assert.That(rows.Select(r => r.SubmissionId), Is.EqualTo(receipts.Select(r => r.SubmissionId)));
            Assert.That(rows[0].StatusReason, Does.StartWith(SubmissionReceiver.NotRegularFile).And.Contain("a symbolic link"), "a link to the key file is never followed");
            Assert.That(rows[1].StatusReason, Does.StartWith(SubmissionReceiver.NotRegularFile).And.Contain("FIFO"), "a FIFO is never opened");
            Assert.That(rows[2].StatusReason, Does.StartWith(SubmissionReceiver.TooLarge).And.Contain("MaxFileBytes"), "an oversize file is not copied into the store");
            Assert.That(rows.Select(r => r.FileName), Is.EqualTo(new[] { "key-link.csv", "pipe.csv", "large.csv" }));
            Assert.That(Directory.Exists(harness.Options.StoreDirectory) ? Directory.GetFiles(harness.Options.StoreDirectory) : [], Is.Empty);
            Assert.That(File.ReadAllText(harness.Options.PseudonymKeyFile), Is.Not.Empty, "the link's target is untouched");
            Assert.That(Directory.GetFileSystemEntries(harness.Folder, "*.csv").Select(Path.GetFileName).Where(n => !n!.StartsWith('.')), Is.Empty, "refused files leave the inbox's names");
            Assert.That(Directory.GetFileSystemEntries(harness.Folder, SubmissionReceiver.RefusedPrefix + "*"), Has.Length.EqualTo(3), "kept beside, hidden, named by their submission");
        });
    }

    [Test]
    public async Task A_batch_is_registered_in_the_order_given_ids_and_versions_alike()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var paths = Enumerable.Range(0, 7).Select(i => Write(harness, $"r{i}.csv", rows: 2 + i)).ToList();
        paths.Insert(3, Write(harness, "unreadable.csv", rows: 0, text: "not,a,known,header\n1,2,3,4\n"));

        var receipts = await Receiver(harness).ReceiveAllAsync(paths, null, move: true, CancellationToken.None);

        await using var db = harness.Db();
        var rows = await db.EtlSubmissions.AsNoTracking().OrderBy(s => s.SubmissionId).ToListAsync();
        var ofKey = rows.Where(r => r.SubmitterCode == "44").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(receipts.Select(r => r.FileName), Is.EqualTo(paths.Select(Path.GetFileName)));
            Assert.That(rows.Select(r => r.FileName), Is.EqualTo(paths.Select(Path.GetFileName)), "ids follow the order of receipt");
            Assert.That(ofKey.Select(r => r.Version), Is.EqualTo(Enumerable.Range(1, 7)), "versions too");
            Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(SubmissionStatuses.Received));
            Assert.That(receipts.Select(r => File.Exists(SubmissionReceiver.StoredPath(harness.Options, r.SubmissionId))), Is.All.True);
        });
    }

    [Test]
    public async Task Two_receivers_taking_one_folder_at_once_register_each_file_once()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var paths = Enumerable.Range(0, 40).Select(i => Write(harness, $"f{i:00}.csv", rows: 1 + (i % 20))).ToList();
        var receivers = new[] { Receiver(harness), Receiver(harness) };

        var receipts = (await Task.WhenAll(receivers.Select(r => Task.Run(() => r.ReceiveAllAsync(paths, null, move: true, CancellationToken.None))))).SelectMany(r => r).ToList();

        await using var db = harness.Db();
        var rows = await db.EtlSubmissions.AsNoTracking().ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(receipts.Where(r => r.Outcome == ReceiptOutcome.Registered).Select(r => r.FileName), Is.EquivalentTo(paths.Select(Path.GetFileName)), "each file once");
            Assert.That(rows, Has.Count.EqualTo(paths.Count));
            Assert.That(rows.Select(r => r.Version).Order(), Is.EqualTo(Enumerable.Range(1, paths.Count)), "distinct versions of the key");
            Assert.That(Directory.GetFiles(harness.Folder, "*.csv"), Is.Empty, "nothing left behind, no claim");
        });
    }

    [Test]
    public async Task Loading_by_id_refuses_a_pseudonym_key_other_than_the_warehouses()
    {
        using var harness = await LoadHarness.CreateAsync(provider);
        var receipt = await Receiver(harness).ReceiveAsync(Write(harness, "a.csv", rows: 5), null, move: true, CancellationToken.None);
        var other = new IngestRunner(harness.Warehouse, TestReferenceData.Load(), new Pseudonymizer(PseudonymKey.Generate(1)), harness.Options, TimeProvider.System);

        var refusal = Assert.ThrowsAsync<PseudonymKeyException>(() => other.LoadRegisteredAsync(receipt.SubmissionId, CancellationToken.None))!;
        await using var db = harness.Db();
        Assert.Multiple(async () =>
        {
            Assert.That(refusal.Message, Does.Contain(harness.Options.PseudonymKeyFile));
            Assert.That((await db.EtlSubmissions.AsNoTracking().SingleAsync()).Status, Is.EqualTo(SubmissionStatuses.Received), "nothing loaded under the other key");
        });
    }

    private static SubmissionReceiver Receiver(LoadHarness harness) =>
        new(harness.Warehouse, TestReferenceData.Load(), harness.Pseudonymizer(), harness.Options, TimeProvider.System);

    private static IngestRunner Runner(LoadHarness harness) =>
        new(harness.Warehouse, TestReferenceData.Load(), harness.Pseudonymizer(), harness.Options, TimeProvider.System, harness.Logger) { TriggeredBy = "job" };

    private static string Write(LoadHarness harness, string name, int rows, string? text = null)
    {
        var path = Path.Combine(harness.Folder, name);
        if (text is not null)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        var lines = Enumerable.Range(0, rows).Select(i => TestRows.With(SubmissionKind.RegionalIndustry,
            (ColumnNames.IndustrySection, ((char)('A' + i)).ToString()),
            (ColumnNames.RegionCode, "440000"))).ToArray();
        File.WriteAllText(path, CsvText.Of(SubmissionKind.RegionalIndustry, chineseHeaders: false, lines), new UTF8Encoding(false));
        return path;
    }
}
