using Microsoft.AspNetCore.Identity;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Tests.Access;

/// <summary>ASP.NET Core Identity's hasher, counting the passwords it checks (an account's, or the decoy's) and slowed down so that sign-ins sent at once overlap.</summary>
internal sealed class CountingPasswordHasher(TimeSpan checkTakes) : IPasswordHasher<Account>
{
    private readonly PasswordHasher<Account> _inner = new();
    private int _accountChecks;
    private int _decoyChecks;

    public int AccountChecks => Volatile.Read(ref _accountChecks);

    public int DecoyChecks => Volatile.Read(ref _decoyChecks);

    public string HashPassword(Account user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        // The service passes no account when it checks the decoy.
        Interlocked.Increment(ref user is null ? ref _decoyChecks : ref _accountChecks);
        Thread.Sleep(checkTakes);
        return _inner.VerifyHashedPassword(user!, hashedPassword, providedPassword);
    }
}
