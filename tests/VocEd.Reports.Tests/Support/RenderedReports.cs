using System.Collections.Concurrent;
using VocEd.Reports.Catalog;
using VocEd.Reports.Rendering;
using VocEd.Testing;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Tests.Support;

/// <summary>
/// Both reports rendered once per provider for CN, province 44 and prefecture 4401 (academic year 2024) from the
/// <see cref="ReportWarehouse"/>, every sheet read back through LibreOffice in one run, and the cubes read back with
/// plain SQL: shared by every test that checks a workbook.
/// </summary>
internal sealed class RenderedReports
{
    public static readonly IReadOnlyList<string> Scopes = ["CN", "44", "4401"];
    private static readonly ConcurrentDictionary<WarehouseProvider, Lazy<Task<RenderedReports>>> _renders = new();
    private static readonly ConcurrentBag<TempDirectory> _folders = [];

    private RenderedReports(WarehouseOptions options, TempDirectory folder, IReadOnlyDictionary<(string Report, string Scope), string> files,
        IReadOnlyDictionary<(string Workbook, string Sheet), IReadOnlyList<string[]>> sheets, CubeValues cubes)
    {
        Options = options;
        Folder = folder;
        Files = files;
        Sheets = sheets;
        Cubes = cubes;
    }

    public WarehouseOptions Options { get; }

    public TempDirectory Folder { get; }

    /// <summary>The workbook of (report id, scope).</summary>
    public IReadOnlyDictionary<(string Report, string Scope), string> Files { get; }

    public IReadOnlyDictionary<(string Workbook, string Sheet), IReadOnlyList<string[]>> Sheets { get; }

    public CubeValues Cubes { get; }

    public static IReadOnlyList<PolicyThresholdRef> Thresholds { get; } = ReferenceDataSet.Load().PolicyThresholds;

    public static Task<RenderedReports> ForAsync(WarehouseProvider provider) =>
        _renders.GetOrAdd(provider, p => new Lazy<Task<RenderedReports>>(() => RenderAsync(p))).Value;

    /// <summary>A sheet of a rendered workbook as LibreOffice read it.</summary>
    public IReadOnlyList<string[]> Sheet(string report, string scope, string sheet) =>
        Sheets[(Path.GetFileNameWithoutExtension(Files[(report, scope)]), sheet)];

    public static void DeleteAll()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    private static async Task<RenderedReports> RenderAsync(WarehouseProvider provider)
    {
        var folder = new TempDirectory("voced-reports");
        _folders.Add(folder);
        var options = await ReportWarehouse.SharedAsync(provider);
        var renderer = new ReportRenderer(options, Thresholds);
        var files = new Dictionary<(string, string), string>();
        foreach (var report in ReportCatalog.All)
        {
            foreach (var scope in Scopes)
            {
                var rendered = await renderer.RenderAsync(report, ReportScope.Parse(scope), ReportWarehouse.Year, folder.File("xlsx"), CancellationToken.None);
                files[(report.Id, scope)] = rendered.Path!;
            }
        }

        var sheets = LibreOffice.SheetsAsCsv(files.Values.ToList(), folder.File("csv"));
        return new RenderedReports(options, folder, files, sheets, await CubeValues.ReadAsync(options));
    }
}
