using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using VocEd.Reports.Delivery;
using VocEd.Reports.Subscriptions;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;
using VocEd.Warehouse.Secure;

namespace VocEd.Benchmarks;

/// <summary>
/// Delivers both reports to every province over SMTP, end to end: a subscription `every-province` with e-mail, N
/// synthetic recipients per province (addresses at bench.invalid), a real SMTP server (Debian's python3-aiosmtpd, its
/// Sink handler: accepts and discards) on 127.0.0.1. Prints seconds end to end, messages, seconds per message and per
/// region, and the peak RSS. The subscription, its delivery log and the synthetic recipients are removed afterwards.
/// </summary>
internal static class DeliveryBenchmark
{
    private const string _benchDomain = "bench.invalid";

    public static async Task<int> RunAsync(string[] args)
    {
        var values = await BenchmarkArguments.PairsAsync(args, "--provider", "--connection", "--recipients", "--runs").ConfigureAwait(false);
        if (values is null)
        {
            return 2;
        }

        if (!values.TryGetValue("--connection", out var connection))
        {
            await Console.Error.WriteLineAsync("error: --connection STRING is required: a migrated warehouse whose cubes are refreshed (national scale for the published figure)").ConfigureAwait(false);
            return 2;
        }

        var provider = values.GetValueOrDefault("--provider", "sqlite") switch
        {
            "postgres" => WarehouseProvider.Postgres,
            "sqlserver" => WarehouseProvider.SqlServer,
            _ => WarehouseProvider.Sqlite,
        };
        var perProvince = int.Parse(values.GetValueOrDefault("--recipients", "2"), CultureInfo.InvariantCulture);
        var runs = int.Parse(values.GetValueOrDefault("--runs", "1"), CultureInfo.InvariantCulture);
        var warehouse = BenchmarkArguments.Warehouse(provider, connection);
        var secure = SecureStoreOptions.For(warehouse);
        await new SecureStoreMigrator(secure).MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", $"127.0.0.1:{port}"]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start python3 -m aiosmtpd (install python3-aiosmtpd)");
        try
        {
            await WaitForAsync(port).ConfigureAwait(false);
            var time = TimeProvider.System;
            var recipients = new RecipientStore(secure, warehouse, time);
            List<string> provinces;
            await using (var db = warehouse.CreateContext())
            {
                provinces = await db.DimRegions.AsNoTracking().Where(r => r.RegionLevel == "province").Select(r => r.RegionCode).OrderBy(c => c).ToListAsync().ConfigureAwait(false);
            }

            await recipients.ImportAsync(
                [.. provinces.SelectMany(p => Enumerable.Range(1, perProvince).Select(n => new RecipientRow(0, p, $"基准{n}", $"bench{n}.{p}@{_benchDomain}")))],
                replace: false,
                CancellationToken.None).ConfigureAwait(false);
            var options = new DeliveryOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None } };
            var store = new SubscriptionStore(warehouse, time);
            Console.WriteLine($"delivery: both reports to every province ({provinces.Count}) × {perProvince} recipient(s) on {provider.ToString().ToLowerInvariant()}, SMTP aiosmtpd 127.0.0.1:{port}; {runs} run(s); cores {Environment.ProcessorCount}");
            for (var run = 1; run <= runs; run++)
            {
                var subscription = await store.AddAsync(
                    new SubscriptionRequest($"bench-{Environment.ProcessId}-{run}", ["regional-quality", "major-industry-alignment"], "every-province", "0 7 * * *", SubscriptionSchedule.DefaultTimeZone, true, null),
                    CancellationToken.None).ConfigureAwait(false);
                try
                {
                    var delivery = new SubscriptionDelivery(warehouse, recipients, options, ReferenceDataSet.Load(), time, NullLogger<SubscriptionDelivery>.Instance);
                    var clock = Stopwatch.StartNew();
                    var outcome = await delivery.DeliverAsync(subscription.SubscriptionId, subscription.Scope, SubscriptionDelivery.CurrentPeriod(subscription, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
                    var seconds = clock.Elapsed.TotalSeconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run}: {seconds:F1} s end to end; {outcome.Delivered} message(s), {seconds / Math.Max(1, outcome.Delivered):F3} s per message, {seconds / Math.Max(1, outcome.Regions):F2} s per region; {outcome.Summary}; peak RSS (VmHWM) {ProcessStatus.MiB("VmHWM")} MiB"));
                }
                finally
                {
                    await store.RemoveAsync(subscription.SubscriptionId, CancellationToken.None).ConfigureAwait(false);
                }
            }

            return 0;
        }
        finally
        {
            smtp.Kill();
            await using var db = secure.CreateContext();
            await db.RptRecipients.Where(r => r.Email.EndsWith("@" + _benchDomain)).ExecuteDeleteAsync().ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"the SMTP server did not start on port {port}");
    }
}
