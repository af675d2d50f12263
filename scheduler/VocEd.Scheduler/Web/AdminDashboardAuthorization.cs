using System.Net;
using Hangfire.Dashboard;
using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>
/// The Hangfire dashboard is for admins. Before any admin account exists it answers only requests made on this
/// machine: from a loopback address and without forwarded headers (a request relayed by a proxy on this machine carries
/// them, and its true sender is elsewhere).
/// </summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public const string AdminsExistKey = "voced.admins-exist";

    // The X-Original-… headers are what the forwarded-headers step leaves when it took a configured proxy's headers in;
    // a proxy may send X-Forwarded-Proto alone, and then the connection still looks like loopback.
    private static readonly string[] _forwardedHeaders =
        ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Prefix", "X-Real-IP", "X-Original-For", "X-Original-Host", "X-Original-Proto", "X-Original-Prefix"];

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (http.Items.TryGetValue(AdminsExistKey, out var admins) && admins is true)
        {
            return http.User.IsInRole(AccessRoles.Admin);
        }

        var remote = http.Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote)
            && !_forwardedHeaders.Any(h => http.Request.Headers.ContainsKey(h));
    }
}
