using System.Globalization;
using VocEd.Reports.Catalog;
using VocEd.Reports.Queries;
using VocEd.Reports.Rendering;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Web;

/// <summary>
/// <c>GET /api/reports/{report}/{scope}/{year}</c>: the report's workbook for that region and academic year, rendered
/// from the cubes now — for admins, and for officials whose region holds the scope (403 otherwise, whatever the scope
/// looks like; it is checked before anything is read).
/// </summary>
internal static class ReportEndpoints
{
    public const string Path = "/api/reports";

    public static void Map(WebApplication app) =>
        app.MapGet(Path + "/{report}/{scope}/{year:int}", DownloadAsync).RequireAuthorization(WebAccess.ReadPolicy);

    private static async Task<IResult> DownloadAsync(
        string report, string scope, int year, HttpContext http, WarehouseOptions warehouse, ReferenceDataSet reference, AuditTrail audit, CancellationToken ct)
    {
        var caller = AccessClaims.CallerOf(http.User)!;
        var target = $"{report}/{scope}/{year.ToString(CultureInfo.InvariantCulture)}";
        if (!caller.MayRead(scope))
        {
            await audit.WriteAsync(caller.UserName, Access.AuditActions.Denied, "report " + target, "forbidden").ConfigureAwait(false);
            return SubmissionEndpoints.Forbidden();
        }

        if (!ReportScope.TryParse(scope, out var reportScope))
        {
            return Results.Json(new ApiError("bad_scope", $"'{scope}' is not a region: CN, a province (44) or a prefecture (4401)"), statusCode: StatusCodes.Status400BadRequest);
        }

        var definition = ReportCatalog.All.FirstOrDefault(r => string.Equals(r.Id, report, StringComparison.Ordinal));
        if (definition is null)
        {
            return Results.NotFound(new ApiError("unknown_report", $"no report '{report}': use {string.Join(" or ", ReportCatalog.All.Select(r => r.Id))}"));
        }

        var folder = Directory.CreateTempSubdirectory("voced-report-");
        try
        {
            RenderedReport rendered;
            try
            {
                rendered = await new ReportRenderer(warehouse, reference.PolicyThresholds).RenderAsync(definition, reportScope, year, folder.FullName, ct).ConfigureAwait(false);
            }
            catch (ReportNoDataException e)
            {
                return Results.NotFound(new ApiError("no_data", e.Message));
            }
            catch (ArgumentException e)
            {
                return Results.NotFound(new ApiError("not_available", e.Message));
            }

            var bytes = await File.ReadAllBytesAsync(rendered.Path!, ct).ConfigureAwait(false);
            await audit.WriteAsync(caller.UserName, Access.AuditActions.Download, "report " + target, "ok").ConfigureAwait(false);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", System.IO.Path.GetFileName(rendered.Path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
