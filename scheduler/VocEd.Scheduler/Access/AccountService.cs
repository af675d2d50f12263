using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace VocEd.Scheduler.Access;

/// <summary>
/// Accounts and API keys: passwords as ASP.NET Core Identity's salted PBKDF2 hash, keys as <c>prefix.secret</c> of which
/// only the SHA-256 is kept, sign-in with a lockout after repeated failures.
/// </summary>
internal sealed class AccountService(AccessStore store, AccessOptions options, TimeProvider time, IPasswordHasher<Account>? hasher = null)
{
    private static readonly PasswordHasher<Account> _standard = new();

    // A hash to verify against when no password of an account is checked (an unknown name, a locked account), so that
    // every failed sign-in takes as long as a bad password.
    private static readonly Lazy<string> _decoy = new(() => _standard.HashPassword(null!, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    private readonly IPasswordHasher<Account> _hasher = hasher ?? _standard;

    public const int MinimumPasswordLength = 12;

    public AccessStore Store => store;

    /// <summary>Adds an account after checking its role and binding; <paramref name="password"/> must be long enough.</summary>
    public async Task<Account> AddAsync(string userName, string role, string? regionCode, string? schoolCode, string password, CancellationToken ct)
    {
        CheckUserName(userName);
        var (region, school) = Binding(role, regionCode, schoolCode);
        CheckPassword(password);
        if (await store.FindAccountAsync(userName, ct).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"an account named '{AccessStore.NormalizeUserName(userName)}' exists already");
        }

        return await store.AddAccountAsync(userName, role, region, school, _hasher.HashPassword(null!, password), time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
    }

    /// <summary>A new password for an account; unlocks it. False when there is no such account.</summary>
    public async Task<bool> ResetAsync(string userName, string password, CancellationToken ct)
    {
        CheckPassword(password);
        return await store.ResetPasswordAsync(userName, _hasher.HashPassword(null!, password), time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a user name and password, counting failures toward the lockout. Every failure costs one password check,
    /// whatever its reason, and a locked account's password is not checked at all (the decoy is).
    /// </summary>
    public async Task<SignInResult> SignInAsync(string? userName, string? password, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var limit = Math.Max(1, options.LockoutAttempts);
        var account = string.IsNullOrWhiteSpace(userName) ? null : await store.FindAccountAsync(userName, ct).ConfigureAwait(false);
        if (account is null)
        {
            _hasher.VerifyHashedPassword(null!, _decoy.Value, password ?? string.Empty);
            return new SignInResult(null, SignInResult.UnknownUser);
        }

        // Counted before the check: of many sign-ins sent at once, no more than the limit get their password checked.
        if (!await store.BeginAttemptAsync(account.AccountId, limit, now, ct).ConfigureAwait(false))
        {
            _hasher.VerifyHashedPassword(null!, _decoy.Value, password ?? string.Empty);
            return new SignInResult(account, SignInResult.Locked);
        }

        var verified = _hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? string.Empty);
        if (verified == PasswordVerificationResult.Failed)
        {
            var locked = await store.FailAttemptAsync(account.AccountId, limit, now.AddMinutes(options.LockoutMinutes), ct).ConfigureAwait(false);
            return new SignInResult(account, locked ? SignInResult.Locked : SignInResult.BadPassword);
        }

        await store.RecordSuccessAsync(account.AccountId, ct).ConfigureAwait(false);
        return new SignInResult(account, account.IsDisabled ? SignInResult.Disabled : SignInResult.Succeeded);
    }

    /// <summary>Creates a key for an account and returns it — the only time it is seen.</summary>
    public async Task<CreatedApiKey> CreateKeyAsync(string userName, CancellationToken ct)
    {
        var account = await store.FindAccountAsync(userName, ct).ConfigureAwait(false)
            ?? throw new ArgumentException($"no account named '{AccessStore.NormalizeUserName(userName)}'");
        var prefix = "vk" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = prefix + "." + secret;
        await store.AddKeyAsync(account.AccountId, prefix, Sha256(key), time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        return new CreatedApiKey(prefix, key);
    }

    /// <summary>The enabled account a key belongs to, or null (malformed, unknown, revoked, wrong secret, account disabled).</summary>
    public async Task<(Account? Account, string Outcome)> AuthenticateKeyAsync(string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1 || key.Length > 200)
        {
            return (null, "malformed");
        }

        var record = await store.FindKeyAsync(key[..dot], ct).ConfigureAwait(false);
        if (record is null)
        {
            return (null, "unknown_key");
        }

        var expected = Encoding.ASCII.GetBytes(record.SecretSha256);
        var actual = Encoding.ASCII.GetBytes(Sha256(key));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return (record.Account, "bad_secret");
        }

        if (record.RevokedAt is not null)
        {
            return (record.Account, "revoked");
        }

        return record.Account.IsDisabled ? (record.Account, "disabled") : (record.Account, SignInResult.Succeeded);
    }

    /// <summary>The lower-case hex SHA-256 of a key's text.</summary>
    public static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>A random password that meets the rules (for <c>user add</c> without one given).</summary>
    public static string GeneratePassword() => Base64Url(RandomNumberGenerator.GetBytes(15));

    /// <summary>The binding an account of <paramref name="role"/> gets: admins CN; officials a region; submitters a region or a school.</summary>
    public static (string? Region, string? School) Binding(string role, string? regionCode, string? schoolCode)
    {
        if (!AccessRoles.IsKnown(role))
        {
            throw new ArgumentException($"unknown role '{role}': use {string.Join(", ", AccessRoles.All)}");
        }

        if (regionCode is not null && schoolCode is not null)
        {
            throw new ArgumentException("bind an account to a region or to a school, not both");
        }

        if (regionCode is not null && !RegionCodes.IsBindable(regionCode))
        {
            throw new ArgumentException($"'{regionCode}' is not a region to bind to: use CN, a province (44) or a prefecture (4401)");
        }

        if (schoolCode is not null && (schoolCode.Length is < 4 or > 20 || !schoolCode.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"'{schoolCode}' is not a school code (digits only)");
        }

        return role switch
        {
            AccessRoles.Admin when schoolCode is not null || (regionCode is not null && regionCode != RegionCodes.Nation) => throw new ArgumentException("an admin sees everything: give no region or school"),
            AccessRoles.Admin => (RegionCodes.Nation, null),
            AccessRoles.Official when schoolCode is not null => throw new ArgumentException("an official is bound to a region (--region), not a school"),
            AccessRoles.Official when regionCode is null => throw new ArgumentException("an official needs a region: --region CN, 44 or 4401"),
            AccessRoles.Submitter when regionCode is null && schoolCode is null => throw new ArgumentException("a submitter needs a school (--school) or a region (--region)"),
            _ => (regionCode, schoolCode),
        };
    }

    private static void CheckUserName(string userName)
    {
        var name = AccessStore.NormalizeUserName(userName);
        if (name.Length is < 2 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            throw new ArgumentException("a user name has 2 to 64 letters, digits, '.', '-', '_' or '@'");
        }
    }

    private static void CheckPassword(string password)
    {
        if (password is null || password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"a password has at least {MinimumPasswordLength} characters");
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
