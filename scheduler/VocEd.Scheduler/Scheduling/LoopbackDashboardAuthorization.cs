using System.Net;
using Hangfire.Dashboard;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Until accounts exist, the Hangfire dashboard answers only requests made on this machine: from a loopback address
/// and without forwarded headers (a request relayed by a proxy on this machine carries them, and its true sender is
/// elsewhere).
/// </summary>
internal sealed class LoopbackDashboardAuthorization : IDashboardAuthorizationFilter
{
    private static readonly string[] _forwardedHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP"];

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var remote = http.Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote)
            && !_forwardedHeaders.Any(h => http.Request.Headers.ContainsKey(h));
    }
}
