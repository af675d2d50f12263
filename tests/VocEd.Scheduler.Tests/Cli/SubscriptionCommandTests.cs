using System.Text;
using VocEd.Testing;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>`voced recipient` and `voced subscription`: the life of a subscription from the command line, on a fresh SQLite warehouse.</summary>
public sealed class SubscriptionCommandTests
{
    [Test]
    public async Task A_subscription_is_added_shown_run_and_removed_and_addresses_are_never_printed()
    {
        using var temp = new TempDirectory("voced-subscription-cli");
        var connection = $"Data Source={temp.File("voced.db")};Pooling=False";
        string[] Db(params string[] args) => ["--provider", "sqlite", "--connection", connection, .. args];
        Assert.That((await CliRun.RunAsync(Db("db", "migrate"))).ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(temp.File("voced-secure.db")), Is.True, "the secure store is a file of its own");

        var csv = temp.File("officials.csv");
        await File.WriteAllTextAsync(csv, "region,name,email\n44,张三,zhang.san@edu.gd.example.cn\n45,李四,li.si@gx.example.cn\n", new UTF8Encoding(true));
        var import = await CliRun.RunAsync(Db("recipient", "import", csv));
        Assert.That(import.ExitCode, Is.EqualTo(0), import.Error);
        Assert.That(import.Output, Does.Contain("2 added").And.Not.Contain("example.cn").And.Not.Contain("张三"));

        var drop = temp.File("drop");
        var add = await CliRun.RunAsync(Db("subscription", "add", "--name", "weekly", "--scope", "every-province", "--cron", "0 7 * * 1", "--email", "--drop-folder", drop));
        Assert.That(add.ExitCode, Is.EqualTo(0), add.Error);
        Assert.That(add.Output, Does.Contain("added subscription 1 'weekly'").And.Contain("Asia/Shanghai"));
        Assert.That((await CliRun.RunAsync(Db("subscription", "list"))).Output, Does.Contain("weekly  every-province  '0 7 * * 1'"));

        // An empty warehouse: every province is recorded as without data, nothing is sent, nothing is left to retry.
        var run = await CliRun.RunAsync(Db("subscription", "run-now", "weekly"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("0 delivered").And.Contain("31 without data"));
        var show = await CliRun.RunAsync(Db("subscription", "show", "1"));
        Assert.That(show.Output, Does.Contain("no_data").And.Not.Contain("example.cn"));

        var bad = await CliRun.RunAsync(Db("subscription", "add", "--name", "bad", "--scope", "44", "--cron", "0 25 * * *", "--email"));
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.StartWith("voced: error: bad cron"));

        Assert.That((await CliRun.RunAsync(Db("subscription", "remove", "weekly"))).ExitCode, Is.EqualTo(0));
        Assert.That((await CliRun.RunAsync(Db("subscription", "list"))).Output, Does.Contain("no subscriptions"));
    }
}
