using System.Globalization;
using OfficeOpenXml;
using VocEd.Reports.Catalog;
using VocEd.Reports.Models;
using VocEd.Warehouse.Indicators;

namespace VocEd.Reports.Workbooks;

/// <summary>Writes the 专业设置与产业需求适配分析 workbook from its plain model: the seven sheets in their published order.</summary>
public static class AlignmentWorkbook
{
    private static readonly string _alignment = CubeCatalog.Alignment.Table;
    private static readonly string _section = CubeCatalog.AlignmentSection.Table;
    private static readonly string _fit = CubeCatalog.GraduateFit.Table;

    public static void Write(AlignmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var package = WorkbookFile.Create(report.Header.TitleLine, ReportCatalog.MajorIndustryAlignmentId);
        var header = report.Header;
        Overview(SheetLayout.Add(package, SheetNames.Overview), header, report.Overview);
        Sections(SheetLayout.Add(package, SheetNames.Sections), header, report.Sections);
        Sectors(SheetLayout.Add(package, SheetNames.Sectors), header, report.Sectors);
        Regions(SheetLayout.Add(package, SheetNames.Regions), header, report.Regions);
        GraduateFit(SheetLayout.Add(package, SheetNames.GraduateFit), header, report.GraduateFit);
        PriorityCoverage(SheetLayout.Add(package, SheetNames.PriorityCoverage), header, report.PriorityCoverage);
        NotesSheet.Write(SheetLayout.Add(package, SheetNames.Notes), header, report.Notes);
        WorkbookFile.Save(package, output);
    }

    private static Indicator Get(string cube, string column) =>
        IndicatorRegistry.Find(cube, column) ?? throw new ArgumentException($"{cube} has no indicator {column}", nameof(column));

    private static void Overview(ExcelWorksheet sheet, ReportHeader header, IReadOnlyList<AlignmentKpiRow> rows)
    {
        var row = SheetLayout.Begin(sheet, header,
            "专业供给（在校生、毕业生）与产业需求（增加值、从业人员）的结构匹配：错配指数MI越小、匹配度越高、Moore夹角越小，匹配越好；与全国和上一学年比较。");
        if (rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, "本地区本学年没有产业需求数据，无法计算匹配指标。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        CellKind Kind(AlignmentKpiRow k) => NumberFormats.KindOf(Get(_alignment, k.Column));
        var table = TableWriter.Write(sheet, row, 1, "alignment",
        [
            new("供给口径", CellKind.Text, k => Bases.Name(k.SupplyBasis)),
            new("需求口径", CellKind.Text, k => Bases.Name(k.DemandBasis)),
            new("指标", CellKind.Text, k => Get(_alignment, k.Column).NameZh),
            new("本地区", CellKind.Index, k => k.Value, RowKind: Kind),
            new("全国", CellKind.Index, k => k.Nation, RowKind: Kind),
            new("上一学年", CellKind.Index, k => k.LastYear, RowKind: Kind),
            new("较上年变化", CellKind.IndexChange, k => k.Change, RowKind: k => NumberFormats.ChangeOf(Kind(k))),
        ],
        rows, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 3);
    }

    private static void Sections(ExcelWorksheet sheet, ReportHeader header, SectionsSheet sections)
    {
        var row = SheetLayout.Begin(sheet, header, "国民经济行业20个门类的供给占比与需求占比、结构偏离度和区位熵；" + SectionFlags.RuleText);
        if (sections.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, sections.NoDataNote ?? "暂无行业结构数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var table = TableWriter.Write(sheet, row, 1, "sections",
        [
            new("供给口径", CellKind.Text, s => Bases.Name(s.SupplyBasis)),
            new("需求口径", CellKind.Text, s => Bases.Name(s.DemandBasis)),
            new("门类", CellKind.Code, s => s.Section),
            new("门类名称", CellKind.Text, s => s.NameZh),
            new("产业", CellKind.Text, s => SectorNames.Name(s.Sector)),
            IndicatorColumns.Of<SectionRow>(Get(_section, "supply_share"), s => s.SupplyShare),
            IndicatorColumns.Of<SectionRow>(Get(_section, "demand_share"), s => s.DemandShare),
            IndicatorColumns.Of<SectionRow>(Get(_section, "structural_deviation"), s => s.StructuralDeviation, s => s.Flag.Length > 0),
            IndicatorColumns.Of<SectionRow>(Get(_section, "location_quotient_supply"), s => s.LocationQuotientSupply),
            IndicatorColumns.Of<SectionRow>(Get(_section, "location_quotient_demand"), s => s.LocationQuotientDemand),
            new("标注", CellKind.Text, s => s.Flag, Flag: s => s.Flag.Length > 0),
        ],
        sections.Rows, header.MinimumDenominator);
        var first = sections.Rows[0];
        var count = sections.Rows.TakeWhile(s => s.SupplyBasis == first.SupplyBasis && s.DemandBasis == first.DemandBasis).Count();
        ChartStyle.Bars(sheet, "shares", $"供给与需求结构（{Bases.Name(first.SupplyBasis)} × {Bases.Name(first.DemandBasis)}）", table, "门类名称",
            [Get(_section, "supply_share").NameZh, Get(_section, "demand_share").NameZh], table.FirstRow, table.FirstRow + count - 1, horizontal: true);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 4);
    }

    private static void Sectors(ExcelWorksheet sheet, ReportHeader header, SectorsSheet sectors)
    {
        var row = SheetLayout.Begin(sheet, header, "三次产业的供给占比与需求占比（各门类之和）及其差值。");
        if (sectors.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, sectors.NoDataNote ?? "暂无三次产业数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var table = TableWriter.Write(sheet, row, 1, "sectors",
        [
            new("供给口径", CellKind.Text, s => Bases.Name(s.SupplyBasis)),
            new("需求口径", CellKind.Text, s => Bases.Name(s.DemandBasis)),
            new("产业", CellKind.Text, s => s.NameZh),
            new(Get(_section, "supply_share").NameZh, CellKind.Percent, s => s.SupplyShare),
            new(Get(_section, "demand_share").NameZh, CellKind.Percent, s => s.DemandShare),
            new("供需差（供给−需求）", CellKind.PointsChange, s => s.Gap),
        ],
        sectors.Rows, header.MinimumDenominator);
        var first = sectors.Rows[0];
        var count = sectors.Rows.TakeWhile(s => s.SupplyBasis == first.SupplyBasis && s.DemandBasis == first.DemandBasis).Count();
        ChartStyle.Bars(sheet, "sectors", $"三次产业供需结构（{Bases.Name(first.SupplyBasis)} × {Bases.Name(first.DemandBasis)}）", table, "产业",
            [Get(_section, "supply_share").NameZh, Get(_section, "demand_share").NameZh], table.FirstRow, table.FirstRow + count - 1, horizontal: false);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 3);
    }

    private static void Regions(ExcelWorksheet sheet, ReportHeader header, ChildAlignmentSheet regions)
    {
        var row = SheetLayout.Begin(sheet, header, "下级地区的错配指数MI与匹配度（在校生 × 增加值），按错配指数从低到高排序；只列有产业需求数据的地区。");
        if (regions.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, regions.NoDataNote ?? "下级地区均无产业需求数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var table = TableWriter.Write(sheet, row, 1, "child_alignment",
        [
            new("代码", CellKind.Code, r => r.Code),
            new("名称", CellKind.Text, r => r.Name),
            IndicatorColumns.Of<ChildAlignmentRow>(Get(_alignment, "mismatch_index"), r => r.MismatchIndex),
            IndicatorColumns.Of<ChildAlignmentRow>(Get(_alignment, "match_degree"), r => r.MatchDegree),
            IndicatorColumns.Of<ChildAlignmentRow>(Get(_alignment, "moore_angle_deg"), r => r.MooreAngle),
            IndicatorColumns.Of<ChildAlignmentRow>(Get(_alignment, "sector_mismatch_index"), r => r.SectorMismatchIndex),
        ],
        regions.Rows, header.MinimumDenominator);
        ChartStyle.Bars(sheet, "mismatch", "错配指数（在校生 × 增加值）", table, "名称", [Get(_alignment, "mismatch_index").NameZh], table.FirstRow, table.LastRow, horizontal: true);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 2);
    }

    private static void GraduateFit(ExcelWorksheet sheet, ReportHeader header, GraduateFitSheet fit)
    {
        var row = SheetLayout.Begin(sheet, header, string.Create(CultureInfo.InvariantCulture,
            $"{fit.GraduationYear}届毕业生按专业大类：行业对口率（就业行业与专业对应）、本地就业率（省内）、重点产业就业率，均以就业毕业生为分母。"));
        if (fit.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, fit.NoDataNote ?? "暂无毕业生适配数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var match = Get(_fit, "industry_match_rate");
        var table = TableWriter.Write(sheet, row, 1, "graduate_fit",
        [
            new("专业大类代码", CellKind.Code, f => f.CategoryCode),
            new("专业大类", CellKind.Text, f => f.CategoryName),
            new(Get(_fit, "graduates").NameZh, CellKind.Count, f => f.Graduates),
            new(Get(_fit, "employed").NameZh, CellKind.Count, f => f.Employed),
            new("行业对口率", CellKind.Percent, f => f.IndustryMatchRate, IndicatorColumns.DenominatorName(match)),
            IndicatorColumns.Of<GraduateFitRow>(Get(_fit, "local_employment_rate"), f => f.LocalEmploymentRate),
            IndicatorColumns.Of<GraduateFitRow>(Get(_fit, "priority_industry_rate"), f => f.PriorityIndustryRate),
        ],
        fit.Rows, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 2);
    }

    private static void PriorityCoverage(ExcelWorksheet sheet, ReportHeader header, PriorityCoverageSheet coverage)
    {
        var row = SheetLayout.Begin(sheet, header, "在校生（按专业—产业对照表折算）中，对应本地区重点产业、战略性新兴产业和未来产业的比例。");
        if (coverage.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, coverage.NoDataNote ?? "暂无重点产业覆盖数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var table = TableWriter.Write(sheet, row, 1, "priority",
        [
            new("产业类别", CellKind.Text, p => p.NameZh),
            new("在校生（折算）", CellKind.Amount, p => p.Students),
            new("占在校生比例", CellKind.Percent, p => p.Share),
        ],
        coverage.Rows, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 1);
    }
}
