using VocEd.Reports.Catalog;
using VocEd.Reports.Queries;
using VocEd.Reports.Rendering;
using VocEd.Reports.Tests.Support;
using VocEd.Testing;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Tests.Rendering;

/// <summary>Default years, clear errors for a region or year without data, and fan-outs that skip regions without data.</summary>
public sealed class ReportRendererErrorTests
{
    private RenderedReports _r = null!; // Assigned in OneTimeSetUp.
    private TempDirectory _out = null!; // Assigned in OneTimeSetUp.

    [OneTimeSetUp]
    public async Task RenderOnceAsync()
    {
        _r = await RenderedReports.ForAsync(WarehouseProvider.Sqlite);
        _out = new TempDirectory("voced-render");
    }

    [OneTimeTearDown]
    public void TearDown() => _out.Dispose();

    private ReportRenderer Renderer => new(_r.Options, RenderedReports.Thresholds);

    [Test]
    public async Task The_default_year_is_the_latest_with_cube_rows_for_the_region()
    {
        var rendered = await Renderer.RenderAsync(ReportCatalog.RegionalQuality, ReportScope.Parse("45"), null, _out.Path, CancellationToken.None);
        Assert.That(rendered.Year, Is.EqualTo(2024));
        Assert.That(Path.GetFileName(rendered.Path), Is.EqualTo("45_广西壮族自治区_职业教育质量报告_2024学年.xlsx"));
        Assert.That(Directory.GetFiles(_out.Path, ".*.tmp"), Is.Empty, "no temporary file is left");
    }

    [Test]
    public void A_year_without_data_is_an_error_naming_the_years_with_data() =>
        Assert.That(() => Renderer.RenderAsync(ReportCatalog.RegionalQuality, ReportScope.Parse("44"), 2019, _out.Path, CancellationToken.None),
            Throws.TypeOf<ReportNoDataException>().With.Message.Contains("2019").And.Message.Contains("2023, 2024"));

    [Test]
    public void A_region_without_data_is_an_error_not_an_empty_workbook()
    {
        Assert.That(() => Renderer.RenderAsync(ReportCatalog.RegionalQuality, ReportScope.Parse("11"), null, _out.Path, CancellationToken.None),
            Throws.TypeOf<ReportNoDataException>().With.Message.Contains("no data for 11"));
        Assert.That(() => Renderer.RenderAsync(ReportCatalog.MajorIndustryAlignment, ReportScope.Parse("4403"), 2024, _out.Path, CancellationToken.None),
            Throws.TypeOf<ReportNoDataException>().With.Message.Contains("regional_industry"));
        Assert.That(Directory.GetFiles(_out.Path, "11_*"), Is.Empty);
        Assert.That(() => Renderer.RenderAsync(ReportCatalog.RegionalQuality, ReportScope.Parse("9901"), null, _out.Path, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("unknown region 9901"));
    }

    [Test]
    public async Task A_fan_out_renders_the_regions_with_data_and_skips_the_others_saying_so()
    {
        var results = await Renderer.RenderAllAsync(ReportCatalog.MajorIndustryAlignment, ScopeSelection.Parse("every-prefecture:44"), 2024, _out.File("fan"), null, CancellationToken.None);
        Assert.That(results.Where(r => !r.Skipped).Select(r => r.Scope.Code), Is.EqualTo(new[] { "4401" }), "only 4401 has regional_industry");
        Assert.That(results.Where(r => r.Skipped).Select(r => r.NoData), Is.All.Contain("no data"));
        Assert.That(results, Has.Count.EqualTo(21), "every prefecture row of 44");

        var provinces = await Renderer.RenderAllAsync(ReportCatalog.RegionalQuality, ScopeSelection.Parse("every-province"), null, _out.File("provinces"), null, CancellationToken.None);
        Assert.That(provinces.Where(r => !r.Skipped).Select(r => r.Scope.Code), Is.EqualTo(new[] { "44", "45" }));
        Assert.That(Directory.GetFiles(_out.File("provinces")), Has.Length.EqualTo(2));
    }
}
