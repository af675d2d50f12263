using VocEd.Scheduler.Access;
using VocEd.Scheduler.Scheduling;

namespace VocEd.Scheduler.Web;

/// <summary>
/// The dashboard site (written by <c>render-dashboards</c>) served read-only at <c>/dashboards/</c>: <c>index.html</c> (CN),
/// <c>44/index.html</c>, <c>44/4401/index.html</c>, <c>assets/</c>. A page's region is the last code in its path, a chart's
/// the code its file name starts with; outside the caller's region the answer is 403. Paths are taken apart segment by
/// segment and must have the site's shape — no <c>..</c>, no other file — before any file is opened.
/// </summary>
internal static class DashboardEndpoints
{
    public const string Path = "/dashboards";
    private const string _index = "index.html";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, (HttpContext http) => Results.Redirect(Path + "/" + Home(AccessClaims.CallerOf(http.User)!)))
            .RequireAuthorization(WebAccess.ReadPolicy);
        app.MapGet(Path + "/{**path}", Serve).RequireAuthorization(WebAccess.ReadPolicy);
    }

    /// <summary>The folder of the caller's own page: empty for CN, <c>44/</c>, <c>44/4401/</c>.</summary>
    public static string Home(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var region = caller.IsAdmin ? RegionCodes.Nation : caller.RegionCode ?? RegionCodes.Nation;
        return region.Length switch
        {
            2 => region + "/",
            4 => region[..2] + "/" + region + "/",
            _ => string.Empty,
        };
    }

    private static async Task<IResult> Serve(string? path, HttpContext http, SchedulerOptions options, AuditTrail audit, CancellationToken ct)
    {
        var caller = AccessClaims.CallerOf(http.User)!;
        var segments = (path ?? string.Empty).Split('/');
        if (segments.Any(s => s.Length > 0 && !IsSafeName(s)) || segments[..^1].Any(s => s.Length == 0))
        {
            return Results.NotFound();
        }

        if (segments[^1].Length == 0)
        {
            segments[^1] = _index;
        }
        else if (segments.Length <= 2 && IsRegion(segments[^1]) && !string.Equals(segments[0], "assets", StringComparison.Ordinal))
        {
            // 44 → 44/ : the page's relative links need the folder's trailing slash.
            return Results.Redirect(Path + "/" + string.Join('/', segments) + "/");
        }

        string? region;
        if (string.Equals(segments[0], "assets", StringComparison.Ordinal))
        {
            region = segments.Length switch
            {
                2 => null,
                3 when string.Equals(segments[1], "charts", StringComparison.Ordinal) => segments[2].Split('-')[0],
                _ => "invalid",
            };
            if (region is "invalid")
            {
                return Results.NotFound();
            }
        }
        else
        {
            region = PageRegion(segments);
            if (region is null)
            {
                return Results.NotFound();
            }
        }

        if (region is not null && !caller.MayRead(region))
        {
            await audit.WriteAsync(caller.UserName, AuditActions.Denied, "dashboard " + string.Join('/', segments), "forbidden").ConfigureAwait(false);
            return Results.Text("403: this region is outside your binding\n", statusCode: StatusCodes.Status403Forbidden);
        }

        var root = System.IO.Path.GetFullPath(options.Dashboards);
        var file = System.IO.Path.GetFullPath(System.IO.Path.Combine([root, .. segments]));
        if (!file.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return Results.File(file, ContentType(file));
    }

    /// <summary>The region of a page path: [index.html] → CN, [44, index.html] → 44, [44, 4401, index.html] → 4401; null for anything else.</summary>
    private static string? PageRegion(string[] segments)
    {
        if (!string.Equals(segments[^1], _index, StringComparison.Ordinal))
        {
            return null;
        }

        return segments.Length switch
        {
            1 => RegionCodes.Nation,
            2 when segments[0].Length == 2 && IsRegion(segments[0]) => segments[0],
            3 when segments[0].Length == 2 && segments[1].Length == 4 && IsRegion(segments[0]) && IsRegion(segments[1])
                && segments[1].StartsWith(segments[0], StringComparison.Ordinal) => segments[1],
            _ => null,
        };
    }

    private static bool IsRegion(string segment) => segment.Length is 2 or 4 && segment.All(char.IsAsciiDigit);

    private static bool IsSafeName(string segment) =>
        segment is not ("." or "..") && segment.Length <= 100 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string ContentType(string file) => System.IO.Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
