using System.Globalization;
using System.Security.Claims;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>The claims a signed-in account carries, and the caller they describe.</summary>
internal static class AccessClaims
{
    public const string Region = "voced:region";
    public const string School = "voced:school";

    /// <summary>When the password was last set: a cookie issued before a reset no longer signs anyone in.</summary>
    public const string Stamp = "voced:stamp";

    public static ClaimsPrincipal Principal(Account account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role),
            new(Stamp, StampOf(account)),
        };
        if (account.RegionCode is { } region)
        {
            claims.Add(new Claim(Region, region));
        }

        if (account.SchoolCode is { } school)
        {
            claims.Add(new Claim(School, school));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string StampOf(Account account) => account.PasswordChangedAt.Ticks.ToString(CultureInfo.InvariantCulture);

    /// <summary>The caller of a signed-in principal, or null when nobody is signed in.</summary>
    public static Caller? CallerOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.Identity.Name is not { } name || user.FindFirstValue(ClaimTypes.Role) is not { } role)
        {
            return null;
        }

        return new Caller(name, role, user.FindFirstValue(Region), user.FindFirstValue(School));
    }
}
