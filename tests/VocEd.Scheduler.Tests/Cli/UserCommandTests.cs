using System.Text.RegularExpressions;
using VocEd.Scheduler.Access;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Cli;

/// <summary>`voced user` and `voced key` on a SQLite warehouse: accounts land in the secure file beside it, passwords and keys are shown once and stored hashed.</summary>
[NonParallelizable]
public sealed partial class UserCommandTests
{
    private TempDirectory _home = null!; // Assigned in SetUp before every test.
    private string _connection = null!; // Assigned in SetUp before every test.

    [SetUp]
    public void SetUp()
    {
        _home = new TempDirectory("voced-users");
        _connection = "Data Source=" + _home.File("voced.db");
    }

    [TearDown]
    public void TearDown() => _home.Dispose();

    [Test]
    public async Task Accounts_are_added_listed_disabled_and_reset_and_keys_created_and_revoked()
    {
        var added = await RunAsync("user", "add", "Wang", "--role", "official", "--region", "44");
        Assert.That(added.ExitCode, Is.Zero, added.Error);
        Assert.That(added.Output, Does.Contain("added wang (official, region 44)"));
        var password = Password().Match(added.Output).Groups[1].Value;
        Assert.That(password, Has.Length.GreaterThanOrEqualTo(AccountService.MinimumPasswordLength));
        Assert.That(File.Exists(_home.File("voced-secure.db")), Is.True, "accounts live in the secure file beside the warehouse");
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(_home.File("voced-secure.db")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        var store = new AccessStore(AccessStoreLocation.For(new WarehouseOptions(WarehouseProvider.Sqlite, _connection)));
        var account = await store.FindAccountAsync("wang", CancellationToken.None);
        Assert.That(account!.PasswordHash, Does.Not.Contain(password));
        var service = new AccountService(store, new AccessOptions(), TimeProvider.System);
        Assert.That((await service.SignInAsync("WANG", password, CancellationToken.None)).IsSuccess, Is.True, "user names are case-insensitive");

        var key = await RunAsync("key", "create", "--user", "wang");
        var token = Key().Match(key.Output).Value;
        Assert.That(token, Is.Not.Empty, key.Output);
        Assert.That((await service.AuthenticateKeyAsync(token, CancellationToken.None)).Outcome, Is.EqualTo(SignInResult.Succeeded));

        var list = await RunAsync("user", "list");
        Assert.That(list.Output, Does.Contain("wang\tofficial\tregion 44\tactive\t1"));
        Assert.That(list.Output, Does.Not.Contain(token.Split('.')[1]).And.Not.Contain(password));

        Assert.That((await RunAsync("user", "disable", "wang")).ExitCode, Is.Zero);
        Assert.That((await service.SignInAsync("wang", password, CancellationToken.None)).Outcome, Is.EqualTo(SignInResult.Disabled));
        Assert.That((await service.AuthenticateKeyAsync(token, CancellationToken.None)).Outcome, Is.EqualTo("disabled"));
        Assert.That((await RunAsync("user", "disable", "wang", "--enable")).ExitCode, Is.Zero);

        var reset = await RunAsync("user", "reset", "wang");
        var fresh = Password().Match(reset.Output).Groups[1].Value;
        Assert.That((await service.SignInAsync("wang", password, CancellationToken.None)).IsSuccess, Is.False);
        Assert.That((await service.SignInAsync("wang", fresh, CancellationToken.None)).IsSuccess, Is.True);

        Assert.That((await RunAsync("key", "revoke", token.Split('.')[0])).ExitCode, Is.Zero);
        Assert.That((await service.AuthenticateKeyAsync(token, CancellationToken.None)).Outcome, Is.EqualTo("revoked"));
        Assert.That((await RunAsync("key", "revoke", token.Split('.')[0])).ExitCode, Is.EqualTo(2), "revoked already");
    }

    [TestCase("official", "--school", "4400000001", "an official is bound to a region")]
    [TestCase("official", null, null, "an official needs a region")]
    [TestCase("submitter", null, null, "a submitter needs a school")]
    [TestCase("admin", "--region", "44", "an admin sees everything")]
    [TestCase("official", "--region", "44/../32", "is not a region")]
    [TestCase("boss", "--region", "44", "unknown role")]
    public async Task A_role_without_its_proper_binding_is_refused(string role, string? option, string? value, string message)
    {
        var args = new List<string> { "user", "add", "someone", "--role", role };
        if (option is not null)
        {
            args.AddRange([option, value!]);
        }

        var run = await RunAsync([.. args]);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(message));
    }

    private async Task<CliRun> RunAsync(params string[] args) => await CliRun.RunAsync([.. args, "--connection", _connection]);

    [GeneratedRegex("password \\(shown once\\): (\\S+)")]
    private static partial Regex Password();

    [GeneratedRegex("vk[0-9a-f]{10}\\.[A-Za-z0-9_-]{43}")]
    private static partial Regex Key();
}
