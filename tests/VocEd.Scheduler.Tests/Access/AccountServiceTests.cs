using VocEd.Scheduler.Access;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Tests.Access;

/// <summary>Sign-in and its lockout against a SQLite secure store, with sign-ins sent at once.</summary>
public sealed class AccountServiceTests
{
    private const string _password = "correct horse battery";

    [Test]
    public async Task Sign_ins_sent_at_once_get_no_more_passwords_checked_than_the_lockout_allows()
    {
        using var home = new TempDirectory("voced-accounts");
        var store = new AccessStore(AccessStoreLocation.For(new WarehouseOptions(WarehouseProvider.Sqlite, "Data Source=" + home.File("voced.db"))));
        await store.EnsureCreatedAsync(CancellationToken.None);
        var hasher = new CountingPasswordHasher(TimeSpan.FromMilliseconds(400));
        var accounts = new AccountService(store, new AccessOptions { LockoutAttempts = 5 }, TimeProvider.System, hasher);
        await accounts.AddAsync("target", AccessRoles.Official, "44", null, _password, CancellationToken.None);

        // Each attempt on its own thread, all let go at once: every one finds the account unlocked unless the count is
        // taken before the password is checked.
        const int attempts = 20;
        using var start = new ManualResetEventSlim();
        var running = Enumerable.Range(0, attempts).Select(i => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                return accounts.SignInAsync("target", "wrong password " + i, CancellationToken.None).GetAwaiter().GetResult();
            },
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        start.Set();
        var results = await Task.WhenAll(running);

        Assert.That(hasher.AccountChecks, Is.LessThanOrEqualTo(5), "no more of the account's passwords checked than the lockout allows");
        Assert.That(hasher.AccountChecks + hasher.DecoyChecks, Is.EqualTo(attempts), "every failed sign-in costs one password check, locked or not");
        Assert.That(results.Count(r => r.Outcome == SignInResult.BadPassword), Is.LessThanOrEqualTo(4));
        Assert.That(results.Select(r => r.Outcome), Has.All.AnyOf(SignInResult.BadPassword, SignInResult.Locked));

        var checkedBefore = hasher.AccountChecks;
        var right = await accounts.SignInAsync("target", _password, CancellationToken.None);
        Assert.That(right.Outcome, Is.EqualTo(SignInResult.Locked), "locked: the right password is not even checked");
        Assert.That(hasher.AccountChecks, Is.EqualTo(checkedBefore));
        Assert.That((await store.FindAccountAsync("target", CancellationToken.None))!.IsLockedAt(DateTime.UtcNow), Is.True);
    }

    [Test]
    public async Task A_right_password_after_wrong_ones_starts_the_count_again()
    {
        using var home = new TempDirectory("voced-accounts");
        var store = new AccessStore(AccessStoreLocation.For(new WarehouseOptions(WarehouseProvider.Sqlite, "Data Source=" + home.File("voced.db"))));
        await store.EnsureCreatedAsync(CancellationToken.None);
        var accounts = new AccountService(store, new AccessOptions { LockoutAttempts = 3 }, TimeProvider.System);
        await accounts.AddAsync("someone", AccessRoles.Official, "44", null, _password, CancellationToken.None);
        var outcomes = new List<string>();
        foreach (var password in new[] { "wrong one", "wrong two", _password, "wrong three", "wrong four", "wrong five", _password })
        {
            outcomes.Add((await accounts.SignInAsync("someone", password, CancellationToken.None)).Outcome);
        }

        Assert.That(outcomes, Is.EqualTo(new[]
        {
            SignInResult.BadPassword, SignInResult.BadPassword, SignInResult.Succeeded,
            SignInResult.BadPassword, SignInResult.BadPassword, SignInResult.Locked, SignInResult.Locked,
        }));
    }
}
