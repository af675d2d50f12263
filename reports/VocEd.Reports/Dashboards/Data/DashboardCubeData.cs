using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Reports.Dashboards.Data;

/// <summary>
/// The cube rows a site is built from: quality (school type all, the year and up to four before it), alignment
/// (the year and the one before), section shares (the year, enrollment against value added), the regions
/// (nation, provinces, prefectures) and the industry sections.
/// </summary>
public sealed record DashboardCubeData(
    int AcademicYear,
    DateTime RefreshedAtUtc,
    IReadOnlyList<DimRegion> Regions,
    IReadOnlyList<DimIndustry> Sections,
    IReadOnlyList<CubeQuality> Quality,
    IReadOnlyList<CubeAlignment> Alignment,
    IReadOnlyList<CubeAlignmentSection> SectionShares);
