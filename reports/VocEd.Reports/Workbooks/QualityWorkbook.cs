using System.Globalization;
using OfficeOpenXml;
using VocEd.Reports.Catalog;
using VocEd.Reports.Models;

namespace VocEd.Reports.Workbooks;

/// <summary>Writes the 职业教育质量报告 workbook from its plain model: the seven sheets in their published order.</summary>
public static class QualityWorkbook
{
    private const string _rateHeader = "毕业去向落实率";

    public static void Write(QualityReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var package = WorkbookFile.Create(report.Header.TitleLine, ReportCatalog.RegionalQualityId);
        var header = report.Header;
        Overview(SheetLayout.Add(package, SheetNames.Overview), header, report.Overview);
        Regions(SheetLayout.Add(package, SheetNames.Regions), header, report.Regions);
        SchoolTypes(SheetLayout.Add(package, SheetNames.SchoolTypes), header, report.SchoolTypes);
        Trend(SheetLayout.Add(package, SheetNames.Trend), header, report.Trend);
        Destinations(SheetLayout.Add(package, SheetNames.Destinations), header, report.Destinations);
        DataQuality(SheetLayout.Add(package, SheetNames.DataQuality), header, report.DataQuality);
        NotesSheet.Write(SheetLayout.Add(package, SheetNames.Notes), header, report.Notes);
        WorkbookFile.Save(package, output);
    }

    private static void Overview(ExcelWorksheet sheet, ReportHeader header, QualityOverview overview)
    {
        var compared = header.ScopeLevel switch
        {
            ScopeLevel.Prefecture => $"全国、上级地区（{header.ParentName}）和上一学年",
            ScopeLevel.Province => "全国和上一学年",
            _ => "上一学年",
        };
        var row = SheetLayout.Begin(sheet, header, $"主要指标与{compared}比较；下表为各类学校办学条件与政策标准的对照，未达标者以红色标出。");
        var columns = new List<Column<KpiRow>>
        {
            new("指标", CellKind.Text, k => QualityIndicators.Get(k.Column).NameZh),
            KpiValue("本地区", k => k.Value),
            KpiValue("全国", k => k.Nation),
        };
        if (header.ScopeLevel == ScopeLevel.Prefecture)
        {
            columns.Add(KpiValue("上级地区", k => k.Parent));
        }

        columns.Add(KpiValue("上一学年", k => k.LastYear));
        columns.Add(new("较上年变化", CellKind.RatioChange, k => k.Change, RowKind: k => NumberFormats.ChangeOf(KindOf(k.Column)), RowDenominator: k => Denominator(k.Column)));
        columns.Add(new("单位", CellKind.Text, k => UnitText.Of(QualityIndicators.Get(k.Column))));
        var kpis = TableWriter.Write(sheet, row, 1, "kpi", columns, overview.Kpis, header.MinimumDenominator);
        sheet.Column(1).Width = Math.Max(sheet.Column(1).Width, 20);

        row = kpis.LastRow + 2;
        SheetLayout.Caption(sheet, row, "办学条件与政策标准（按学校类型）");
        if (overview.Thresholds.Count == 0)
        {
            SheetLayout.NoData(sheet, row + 1, "本地区没有适用政策标准的学校类型。");
        }
        else
        {
            TableWriter.Write(sheet, row + 1, 1, "thresholds",
            [
                new("学校类型", CellKind.Text, t => t.SchoolTypeName),
                new("指标", CellKind.Text, t => QualityIndicators.Get(t.Column).NameZh),
                new("数值", CellKind.Ratio, t => t.Value, RowKind: t => KindOf(t.Column), RowDenominator: t => Denominator(t.Column), Flag: t => t.Breached == true),
                new("要求", CellKind.Text, t => t.Comparison == "<=" ? "不高于" : "不低于"),
                new("标准值", CellKind.Ratio, t => (double)t.Threshold, RowKind: t => KindOf(t.Column)),
                new("等级", CellKind.Text, t => t.Level),
                new("未达标", CellKind.YesNo, t => t.Breached, Flag: t => t.Breached == true),
                new("依据", CellKind.Text, t => t.Source),
            ],
            overview.Thresholds, header.MinimumDenominator);
        }

        SheetLayout.Finish(sheet, header, kpis.HeaderRow, 1);
    }

    private static Column<KpiRow> KpiValue(string header, Func<KpiRow, Figure> value) =>
        new(header, CellKind.Ratio, k => value(k), RowKind: k => KindOf(k.Column), RowDenominator: k => Denominator(k.Column));

    private static CellKind KindOf(string column) => NumberFormats.KindOf(QualityIndicators.Get(column));

    private static string? Denominator(string column) => IndicatorColumns.DenominatorName(QualityIndicators.Get(column));

    private static void Regions(ExcelWorksheet sheet, ReportHeader header, RegionsSheet regions)
    {
        var row = SheetLayout.Begin(sheet, header, $"按{regions.ChildKind}列示全部指标，按毕业去向落实率从高到低排序；比率以色阶标示（绿高红低，流失率相反），未达标项以红色标出。");
        if (regions.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, regions.NoDataNote ?? "暂无数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var schools = regions.Rows.Any(r => r.SchoolTypeName is not null);
        var columns = new List<Column<RegionRow>>
        {
            new("代码", CellKind.Code, r => r.Code),
            new("名称", CellKind.Text, r => r.Name, RowKind: r => r.NameFromSubmission ? CellKind.SubmittedText : CellKind.Text),
        };
        if (schools)
        {
            columns.Add(new("学校类型", CellKind.Text, r => r.SchoolTypeName));
        }

        columns.AddRange(QualityIndicators.All.Select(i => IndicatorColumns.Of<RegionRow>(i, r => r.Values[i.Column])));
        if (schools)
        {
            // The per-school threshold (专任教师数) is judged on this figure, so a school list shows it.
            columns.Add(IndicatorColumns.Of<RegionRow>(QualityIndicators.FulltimeTeachers, r => r.Values[QualityIndicators.FulltimeTeachers.Column]));
        }

        columns.Add(new("未达标项数", CellKind.Count, r => r.Breaches.Count, Flag: r => r.Breaches.Count > 0));
        columns.Add(new("未达标项", CellKind.Text, r => string.Join("；", r.Breaches)));
        if (regions.Rows.Any(r => r.StudentCountMismatch is not null))
        {
            columns.Add(new(QualityIndicators.StudentCountMismatch.NameZh, CellKind.YesNo, r => r.StudentCountMismatch, Flag: r => r.StudentCountMismatch == true));
        }

        var table = TableWriter.Write(sheet, row, 1, "regions", columns, regions.Rows, header.MinimumDenominator);
        foreach (var indicator in QualityIndicators.All.Where(i => NumberFormats.KindOf(i) == CellKind.Percent))
        {
            ColourScale(sheet, table, indicator.NameZh, higherIsBetter: indicator.Column != "dropout_rate");
        }

        ChartStyle.Bars(sheet, "placement", $"{_rateHeader}（按{regions.ChildKind}）", table, "名称", [QualityIndicators.Get("placement_rate").NameZh], table.FirstRow, table.LastRow, horizontal: true);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 2);
    }

    private static void ColourScale(ExcelWorksheet sheet, TableRange table, string header, bool higherIsBetter)
    {
        var column = table.ColumnOf(header);
        var scale = sheet.ConditionalFormatting.AddThreeColorScale(new ExcelAddress(table.FirstRow, column, table.LastRow, column));
        scale.LowValue.Color = higherIsBetter ? Palette.ScaleLow : Palette.ScaleHigh;
        scale.MiddleValue.Color = Palette.ScaleMiddle;
        scale.HighValue.Color = higherIsBetter ? Palette.ScaleHigh : Palette.ScaleLow;
    }

    private static void SchoolTypes(ExcelWorksheet sheet, ReportHeader header, IReadOnlyList<SchoolTypeRow> types)
    {
        var row = SheetLayout.Begin(sheet, header, "按学校类型（中职、高职专科、职业本科、技工院校）列示全部指标；未达到政策标准的数值以红色标出。");
        if (types.Count == 0)
        {
            SheetLayout.NoData(sheet, row, "本地区本学年没有分学校类型的数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var columns = new List<Column<SchoolTypeRow>> { new("学校类型", CellKind.Text, t => t.Name) };
        columns.AddRange(QualityIndicators.All.Select(i => IndicatorColumns.Of<SchoolTypeRow>(i, t => t.Values[i.Column], t => t.BreachedColumns.Contains(i.Column))));
        var table = TableWriter.Write(sheet, row, 1, "types", columns, types, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 1);
    }

    private static void Trend(ExcelWorksheet sheet, ReportHeader header, IReadOnlyList<TrendRow> trend)
    {
        var row = SheetLayout.Begin(sheet, header, "最近（至多）五个学年的主要指标（全部学校类型）；折线图为主要比率。");
        if (trend.Count == 0)
        {
            SheetLayout.NoData(sheet, row, "暂无历年数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var columns = new List<Column<TrendRow>> { new("学年", CellKind.Code, t => YearLabel(t.Year)) };
        columns.AddRange(QualityIndicators.Kpis.Select(QualityIndicators.Get).Select(i => IndicatorColumns.Of<TrendRow>(i, t => t.Values[i.Column])));
        var table = TableWriter.Write(sheet, row, 1, "trend", columns, trend, header.MinimumDenominator);
        ChartStyle.Lines(sheet, "trend", "主要比率的变化", table, "学年", [.. QualityIndicators.TrendLines.Select(c => QualityIndicators.Get(c).NameZh)]);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 1);
    }

    /// <summary>An academic year as officials write it: 2024-2025.</summary>
    public static string YearLabel(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}-{year + 1}");

    private static void Destinations(ExcelWorksheet sheet, ReportHeader header, DestinationsSheet destinations)
    {
        var row = SheetLayout.Begin(sheet, header, string.Create(CultureInfo.InvariantCulture,
            $"{header.Year + 1}年毕业生的毕业去向（按去向分组）与本地就业率（省内、市内）。"));
        int? frozen = null;
        if (destinations.Groups.Count == 0)
        {
            SheetLayout.NoData(sheet, row, destinations.GroupsNoDataNote ?? "暂无毕业去向分组数据。");
            row += 2;
        }
        else
        {
            var groups = TableWriter.Write(sheet, row, 1, "destinations",
            [
                new("去向分组", CellKind.Text, g => g.NameZh),
                new("去向代码", CellKind.Code, g => g.Codes),
                new("毕业生数", CellKind.Count, g => g.Graduates),
                new("占毕业生比例", CellKind.Percent, g => g.Share, "毕业生数"),
            ],
            destinations.Groups, header.MinimumDenominator);
            frozen = groups.HeaderRow;
            row = groups.LastRow + 2;
        }

        SheetLayout.Caption(sheet, row, "本地就业率");
        var local = new[]
        {
            (Indicator: QualityIndicators.Get("local_employment_rate"), Value: destinations.LocalEmploymentRate),
            (Indicator: QualityIndicators.Get("local_city_employment_rate"), Value: destinations.LocalCityEmploymentRate),
        };
        var localTable = TableWriter.Write(sheet, row + 1, 1, "local",
        [
            new("指标", CellKind.Text, l => l.Indicator.NameZh),
            new("数值", CellKind.Percent, l => l.Value, "就业毕业生数"),
            new("就业毕业生数", CellKind.Count, _ => destinations.Employed),
            new("毕业生数", CellKind.Count, _ => destinations.Graduates),
        ],
        local, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, frozen ?? localTable.HeaderRow, 1);
    }

    private static void DataQuality(ExcelWorksheet sheet, ReportHeader header, DataQualitySheet quality)
    {
        var row = SheetLayout.Begin(sheet, header, "本地区各校各类报送：已报送或缺报、是否逾期、读取/入库/拒收行数、被隔离文件数；据此催报。");
        if (quality.Rows.Count == 0)
        {
            SheetLayout.NoData(sheet, row, quality.NoDataNote ?? "暂无报送数据。");
            SheetLayout.Finish(sheet, header, null);
            return;
        }

        var table = TableWriter.Write(sheet, row, 1, "submissions",
        [
            new("学校代码", CellKind.Code, s => s.SchoolCode),
            new("学校名称", CellKind.SubmittedText, s => s.SchoolName),
            new("报送类型", CellKind.Text, s => SubmissionKindName(s.Kind)),
            new("状态", CellKind.Text, s => StatusName(s.Status), Flag: s => s.Status is "missing" or "quarantined"),
            new("逾期", CellKind.YesNo, s => s.IsLate, Flag: s => s.IsLate == true),
            new("读取行数", CellKind.Count, s => s.RowsRead),
            new("入库行数", CellKind.Count, s => s.RowsLoaded),
            new("拒收行数", CellKind.Count, s => s.RowsRejected),
            new("隔离文件数", CellKind.Count, s => s.QuarantinedFiles),
        ],
        quality.Rows, header.MinimumDenominator);

        var at = table.LastRow + 2;
        SheetLayout.Caption(sheet, at, "合计");
        TableWriter.Write(sheet, at + 1, 1, "submission_totals",
        [
            new("报送类型", CellKind.Text, t => SubmissionKindName(t.Kind)),
            new("应报学校", CellKind.Count, t => t.Expected),
            new("已报送", CellKind.Count, t => t.Submitted),
            new("按时", CellKind.Count, t => t.OnTime),
            new("逾期", CellKind.Count, t => t.Late, Flag: t => t.Late > 0),
            new("缺报", CellKind.Count, t => t.Missing, Flag: t => t.Missing > 0),
            new("待报", CellKind.Count, t => t.Pending),
            new("已隔离", CellKind.Count, t => t.Quarantined, Flag: t => t.Quarantined > 0),
            new("读取行数", CellKind.Count, t => t.RowsRead),
            new("入库行数", CellKind.Count, t => t.RowsLoaded),
            new("拒收行数", CellKind.Count, t => t.RowsRejected),
            new("拒收率", CellKind.Percent, t => t.RejectionRate),
            new("隔离文件数", CellKind.Count, t => t.QuarantinedFiles),
        ],
        quality.Totals, header.MinimumDenominator);
        SheetLayout.Finish(sheet, header, table.HeaderRow, 2);
    }

    private static string SubmissionKindName(string kind) => kind switch
    {
        "school_profile" => "学校概况",
        "enrollment" => "在籍学生",
        "graduate_destination" => "毕业去向",
        "regional_industry" => "地区产业",
        _ => kind,
    };

    private static string StatusName(string status) => status switch
    {
        "loaded" => "已入库",
        "quarantined" => "已隔离",
        "pending" => "待报送",
        "missing" => "缺报",
        _ => status,
    };
}
