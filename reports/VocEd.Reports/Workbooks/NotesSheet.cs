using OfficeOpenXml;
using VocEd.Reports.Cubes;
using VocEd.Reports.Models;

namespace VocEd.Reports.Workbooks;

/// <summary>The 说明 sheet of every report: the indicators shown with their definitions, the disclosure rule, the data as of, the crosswalk version, the thresholds and their sources, and how to cite.</summary>
internal static class NotesSheet
{
    public static void Write(ExcelWorksheet sheet, ReportHeader header, ReportNotes notes)
    {
        var row = SheetLayout.Begin(sheet, header, "本工作簿各指标的定义、计算公式、单位与口径来源；披露规则、数据时点、专业—产业对照表版本与引用方式。");
        var table = TableWriter.Write(sheet, row, 1, "indicators",
        [
            new("指标", CellKind.Text, n => n.NameZh),
            new("字段", CellKind.Code, n => n.Column),
            new("公式", CellKind.Text, n => n.Formula),
            new("分子", CellKind.Text, n => n.Numerator),
            new("分母", CellKind.Text, n => n.Denominator),
            new("单位", CellKind.Text, n => n.Unit),
            new("口径来源", CellKind.Text, n => n.Source),
            new("披露控制", CellKind.YesNo, n => n.DisclosureControlled),
        ],
        notes.Indicators, header.MinimumDenominator);

        row = table.LastRow + 2;
        foreach (var (label, text) in Lines(header))
        {
            sheet.Cells[row, 1].Value = label;
            sheet.Cells[row, 1].Style.Font.Bold = true;
            sheet.Cells[row, 2].Value = text;
            sheet.Cells[row, 1, row, 2].Style.Numberformat.Format = NumberFormats.Text;
            row++;
        }

        if (notes.Thresholds.Count > 0)
        {
            row++;
            SheetLayout.Caption(sheet, row, "政策标准及依据");
            TableWriter.Write(sheet, row + 1, 1, "threshold_sources",
            [
                new("学校类型", CellKind.Text, t => t.SchoolTypeName),
                new("指标", CellKind.Text, t => t.IndicatorName),
                new("标准", CellKind.Text, t => t.Rule),
                new("等级", CellKind.Text, t => t.Level),
                new("依据", CellKind.Text, t => t.Source),
            ],
            notes.Thresholds, header.MinimumDenominator);
        }

        SheetLayout.Finish(sheet, header, table.HeaderRow, 1);
    }

    /// <summary>The labelled lines under the indicator table.</summary>
    public static IReadOnlyList<(string Label, string Text)> Lines(ReportHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return
        [
            ("披露规则", DisclosureControl.RuleZh(header.MinimumDenominator)),
            ("数据截至", $"{header.DataAsOfText}（各数据立方最近一次刷新的时间）"),
            ("学年口径", $"{header.Year}学年指{header.Year}年秋季开学的学年（{header.Year}-{header.Year + 1}学年），毕业生为{header.Year + 1}届，地区产业数据为{header.Year}年。"),
            ("专业—产业对照表", header.CrosswalkVersion),
            ("数值精度", "单元格保存数据立方的原值，显示时按格式取整：比率为百分数，金额带千位分隔符和“元”，比值保留一至三位小数。"),
            ("引用方式", $"{header.ScopeName}{header.Title}（{header.Year}-{header.Year + 1}学年），VocEd 职业教育统计数据仓库，数据截至{header.DataAsOfText}。"),
        ];
    }
}
