using VocEd.Reports.Catalog;
using VocEd.Reports.Cubes;
using VocEd.Reports.Queries;
using VocEd.Reports.Workbooks;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Rendering;

/// <summary>
/// Renders a report of the catalog for a region and academic year into a folder, under its published file name. The
/// default year is the latest academic year with cube rows for the region. A region or year without data is a
/// <see cref="ReportNoDataException"/> — never an empty workbook; a fan-out skips such regions and says so.
/// </summary>
public sealed class ReportRenderer(WarehouseOptions options, IReadOnlyList<PolicyThresholdRef> thresholds, int minimumDenominator = DisclosureControl.DefaultMinimumDenominator)
{
    public async Task<RenderedReport> RenderAsync(ReportDefinition report, ReportScope scope, int? year, string directory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(scope);
        if (!report.Allows(scope.Level))
        {
            throw new ArgumentException($"report {report.Id} is not rendered for {scope.Code}: its scopes are {report.ScopesText}", nameof(scope));
        }

        if (minimumDenominator < 0)
        {
            throw new ArgumentException("the minimum denominator cannot be negative", nameof(scope));
        }

        (await RegionDirectory.LoadAsync(options, ct).ConfigureAwait(false)).Require(scope);
        Directory.CreateDirectory(directory);
        if (report.Id == ReportCatalog.RegionalQualityId)
        {
            var query = new QualityReportQuery(options, thresholds, minimumDenominator);
            var resolved = year ?? await query.LatestYearAsync(scope, ct).ConfigureAwait(false) ?? throw NoRows(scope, "cube_quality");
            var model = await query.LoadAsync(scope, resolved, ct).ConfigureAwait(false);
            var path = Save(directory, ReportFileName.For(model.Header.ScopeCode, model.Header.ScopeName, model.Header.Title, resolved), s => QualityWorkbook.Write(model, s));
            return new RenderedReport(report.Id, scope, resolved, path, null);
        }
        else
        {
            var query = new AlignmentReportQuery(options, minimumDenominator);
            var resolved = year ?? await query.LatestYearAsync(scope, ct).ConfigureAwait(false) ?? throw NoRows(scope, "cube_alignment");
            var model = await query.LoadAsync(scope, resolved, ct).ConfigureAwait(false);
            var path = Save(directory, ReportFileName.For(model.Header.ScopeCode, model.Header.ScopeName, model.Header.Title, resolved), s => AlignmentWorkbook.Write(model, s));
            return new RenderedReport(report.Id, scope, resolved, path, null);
        }
    }

    /// <summary>
    /// Renders for every region of <paramref name="selection"/> (one, every province, every prefecture of a province);
    /// in a fan-out a region without data is reported as skipped, not an error.
    /// </summary>
    public async Task<IReadOnlyList<RenderedReport>> RenderAllAsync(
        ReportDefinition report, ScopeSelection selection, int? year, string directory, IProgress<RenderedReport>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Scope is { } single)
        {
            var one = await RenderAsync(report, single, year, directory, ct).ConfigureAwait(false);
            progress?.Report(one);
            return [one];
        }

        var regions = await RegionDirectory.LoadAsync(options, ct).ConfigureAwait(false);
        if (selection.Within is { } province)
        {
            regions.Require(ReportScope.Parse(province));
        }

        var results = new List<RenderedReport>();
        foreach (var scope in regions.Scopes(selection.FanOutLevel ?? ScopeLevel.Province, selection.Within))
        {
            ct.ThrowIfCancellationRequested();
            RenderedReport result;
            try
            {
                result = await RenderAsync(report, scope, year, directory, ct).ConfigureAwait(false);
            }
            catch (ReportNoDataException e)
            {
                result = new RenderedReport(report.Id, scope, year, null, e.Message);
            }

            results.Add(result);
            progress?.Report(result);
        }

        return results;
    }

    /// <summary>Writes under a temporary name and renames, so a reader of the folder never sees half a workbook.</summary>
    private static string Save(string directory, string fileName, Action<Stream> write)
    {
        var path = Path.Combine(directory, fileName);
        var temporary = Path.Combine(directory, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    private static ReportNoDataException NoRows(ReportScope scope, string cube) =>
        new($"no data for {scope.Code}: {cube} has no rows for the region (load its submissions and run ./voced refresh)");
}
