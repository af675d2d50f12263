using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VocEd.Etl.Claims;
using VocEd.Scheduler.Jobs;
using VocEd.Scheduler.Tests.Scheduling;
using VocEd.Testing;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Scheduler.Tests.Jobs;

/// <summary>What a scan does with what it must not read, and with a claim a dead worker left.</summary>
[NonParallelizable]
public sealed class InboxScannerReceiptTests
{
    [Test]
    public async Task A_FIFO_is_registered_as_refused_and_a_stale_claim_is_given_back_and_received()
    {
        using var home = new TempDirectory("voced-scan-refused");
        var warehouse = TestWarehouses.Sqlite(home, "voced.db");
        await SchedulerTesting.MigrateAsync(warehouse, home.Path);
        var options = SchedulerTesting.Fast(home.Path);
        Directory.CreateDirectory(options.Inbox);
        var stale = DateTimeOffset.UtcNow - InboxScanner.StaleClaim - TimeSpan.FromMinutes(1);
        await MkfifoAsync(Path.Combine(options.Inbox, "pipe.csv"));
        await MkfifoAsync(Path.Combine(options.Inbox, $"{SubmissionReceiver.ClaimPrefix}{stale.ToUnixTimeMilliseconds()}-{Guid.NewGuid():N}-late.csv"));
        var host = await SchedulerTesting.StartAsync(SchedulerTesting.Setup(warehouse, home.Path, options));
        try
        {
            var scan = await host.Services.GetRequiredService<InboxScanner>().ScanAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

            await using var db = warehouse.CreateContext();
            var rows = await db.EtlSubmissions.AsNoTracking().OrderBy(s => s.FileName).ToListAsync();
            Assert.Multiple(() =>
            {
                Assert.That((scan.Registered, scan.Refused), Is.EqualTo((0, 2)));
                Assert.That(rows.Select(r => (r.FileName, r.Status)), Is.EqualTo(new[] { ("late.csv", SubmissionStatuses.Refused), ("pipe.csv", SubmissionStatuses.Refused) }));
                Assert.That(rows.Select(r => r.StatusReason), Is.All.StartsWith(SubmissionReceiver.NotRegularFile).And.All.Contains("FIFO"));
                Assert.That(Directory.GetFileSystemEntries(options.Inbox).Select(Path.GetFileName), Is.All.StartsWith(SubmissionReceiver.RefusedPrefix), "no claim left, nothing for the next scan");
            });
        }
        finally
        {
            await SchedulerTesting.StopAsync(host);
        }
    }

    private static async Task MkfifoAsync(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        await mkfifo.WaitForExitAsync();
    }
}
