using OfficeOpenXml;
using OfficeOpenXml.Style;
using VocEd.Reports.Models;

namespace VocEd.Reports.Workbooks;

/// <summary>
/// The frame every sheet shares: a title block (report, region, year, data as of, what the sheet shows), a one-line
/// note where a sheet has no data, frozen header rows, and the print setup (A4 landscape, one page wide, the title in
/// the page header, page numbers in the footer, the table header repeated on every page).
/// </summary>
internal static class SheetLayout
{
    /// <summary>The row of the first table's header: below the title block and a blank row.</summary>
    public const int FirstTableRow = 5;

    public static ExcelWorksheet Add(ExcelPackage package, string name)
    {
        ArgumentNullException.ThrowIfNull(package);
        return package.Workbook.Worksheets.Add(name);
    }

    /// <summary>Writes the title block; returns the row where the first table goes.</summary>
    public static int Begin(ExcelWorksheet sheet, ReportHeader header, string description)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(header);
        var title = sheet.Cells[1, 1];
        title.Value = $"{header.TitleLine} · {sheet.Name}";
        title.Style.Font.Size = 15;
        title.Style.Font.Bold = true;
        title.Style.Font.Color.SetColor(Palette.TitleFont);
        sheet.Row(1).Height = 24;
        sheet.Cells[2, 1].Value = $"地区：{header.ScopeName}（{header.ScopeCode}）  学年：{header.Year}-{header.Year + 1}  数据截至：{header.DataAsOfText}";
        sheet.Cells[3, 1].Value = description;
        sheet.Cells[2, 1, 3, 1].Style.Font.Color.SetColor(System.Drawing.Color.FromArgb(0x59, 0x59, 0x59));
        sheet.Cells[1, 1, 3, 1].Style.Numberformat.Format = NumberFormats.Text;
        return FirstTableRow;
    }

    /// <summary>The one line a sheet shows instead of an empty table.</summary>
    public static void NoData(ExcelWorksheet sheet, int row, string note)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var cell = sheet.Cells[row, 1];
        cell.Value = note;
        cell.Style.Numberformat.Format = NumberFormats.Text;
        cell.Style.Font.Italic = true;
        cell.Style.Font.Color.SetColor(Palette.BreachFont);
    }

    /// <summary>A bold caption above a second table on the same sheet.</summary>
    public static void Caption(ExcelWorksheet sheet, int row, string text)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var cell = sheet.Cells[row, 1];
        cell.Value = text;
        cell.Style.Font.Bold = true;
        cell.Style.Font.Size = 12;
        cell.Style.Font.Color.SetColor(Palette.TitleFont);
        cell.Style.Numberformat.Format = NumberFormats.Text;
        cell.Style.HorizontalAlignment = ExcelHorizontalAlignment.Left;
    }

    /// <summary>
    /// Freezes everything above <paramref name="headerRow"/> + 1 (the title block and the table header) and left of
    /// <paramref name="frozenColumns"/> + 1; sets the print setup.
    /// </summary>
    public static void Finish(ExcelWorksheet sheet, ReportHeader header, int? headerRow, int frozenColumns = 0)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(header);
        if (headerRow is { } row)
        {
            sheet.View.FreezePanes(row + 1, frozenColumns + 1);
            sheet.PrinterSettings.RepeatRows = new ExcelAddress($"${row}:${row}");
        }

        var print = sheet.PrinterSettings;
        print.PaperSize = ePaperSize.A4;
        print.Orientation = eOrientation.Landscape;
        print.FitToPage = true;
        print.FitToWidth = 1;
        print.FitToHeight = 0;
        print.LeftMargin = print.RightMargin = 0.5m;
        print.TopMargin = print.BottomMargin = 0.75m;
        print.HeaderMargin = print.FooterMargin = 0.3m;
        sheet.HeaderFooter.OddHeader.CenteredText = Escape($"{header.TitleLine} · {sheet.Name}");
        sheet.HeaderFooter.OddFooter.LeftAlignedText = Escape($"数据截至 {header.DataAsOfText}");
        sheet.HeaderFooter.OddFooter.RightAlignedText = $"第 {ExcelHeaderFooter.PageNumber} 页，共 {ExcelHeaderFooter.NumberOfPages} 页";
    }

    /// <summary>An ampersand starts a code in a page header; a literal one is doubled.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
