using System.Globalization;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using OfficeOpenXml.Table;
using VocEd.Reports.Models;
using VocEd.Warehouse.Text;

namespace VocEd.Reports.Workbooks;

/// <summary>
/// Writes one table: a header row, one row per item, a 注 column last that says which values of the row were withheld
/// and why (each withheld cell also carries a comment), an Excel table over it so every table has its own filter, and
/// explicit column widths.
/// </summary>
internal static class TableWriter
{
    public const string NoteHeader = "注";

    /// <summary>Text wider than this wraps inside its column, so one long source does not push the page to a tiny print scale.</summary>
    public const double MaximumTextWidth = 40;
    private const string _commentAuthor = "VocEd";

    public static TableRange Write<T>(ExcelWorksheet sheet, int top, int left, string tableName, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows, int minimumDenominator)
    {
        var headers = columns.Select(c => c.Header).Append(NoteHeader).ToList();
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cells[top, left + i].Value = headers[i];
        }

        var noteColumn = left + columns.Count;
        var widths = headers.Select(h => Math.Max(8, Math.Ceiling(TextWidth.Of(h) / 2) + 3)).ToArray();
        var wrap = new bool[headers.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = top + 1 + r;
            var withheld = new List<string>();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                var cell = sheet.Cells[row, left + i];
                var value = column.Value(rows[r]);
                var kind = column.RowKind?.Invoke(rows[r]) ?? column.Kind;
                if (column.RowKind is not null && NumberFormats.For(kind) is { } rowFormat)
                {
                    cell.Style.Numberformat.Format = rowFormat;
                }

                if (WriteCell(cell, kind, value))
                {
                    withheld.Add(column.Header);
                    cell.AddComment(WithheldComment(column.RowDenominator?.Invoke(rows[r]) ?? column.Denominator, minimumDenominator), _commentAuthor);
                    cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
                    cell.Style.Fill.BackgroundColor.SetColor(Palette.WithheldFill);
                }

                if (column.Flag?.Invoke(rows[r]) == true)
                {
                    Highlight(cell);
                }

                var textWidth = TextWidth.Of(value as string) + 3;
                wrap[i] |= textWidth > MaximumTextWidth;
                widths[i] = Math.Max(widths[i], kind switch
                {
                    CellKind.Text or CellKind.SubmittedText or CellKind.Code => Math.Min(MaximumTextWidth, textWidth),
                    CellKind.PointsChange => 16,
                    CellKind.Money or CellKind.MoneyChange or CellKind.Amount => 13,
                    _ => 10,
                });
            }

            if (withheld.Count > 0)
            {
                var note = WithheldNote(withheld, minimumDenominator);
                sheet.Cells[row, noteColumn].Value = note;
                wrap[^1] |= TextWidth.Of(note) + 2 > MaximumTextWidth;
                widths[^1] = Math.Max(widths[^1], Math.Min(MaximumTextWidth, TextWidth.Of(note) + 2));
            }
        }

        var last = top + Math.Max(rows.Count, 1);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].RowKind is null && NumberFormats.For(columns[i].Kind) is { } format)
            {
                sheet.Cells[top + 1, left + i, last, left + i].Style.Numberformat.Format = format;
            }
        }

        sheet.Cells[top + 1, noteColumn, last, noteColumn].Style.Numberformat.Format = NumberFormats.Text;
        StyleHeader(sheet.Cells[top, left, top, noteColumn]);
        var body = sheet.Cells[top, left, last, noteColumn];
        body.Style.Border.Top.Style = body.Style.Border.Bottom.Style = body.Style.Border.Left.Style = body.Style.Border.Right.Style = ExcelBorderStyle.Thin;
        body.Style.Border.Top.Color.SetColor(Palette.Border);
        body.Style.Border.Bottom.Color.SetColor(Palette.Border);
        body.Style.Border.Left.Color.SetColor(Palette.Border);
        body.Style.Border.Right.Color.SetColor(Palette.Border);
        body.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        var table = sheet.Tables.Add(body, tableName);
        table.ShowFilter = true;
        table.ShowHeader = true;
        table.TableStyle = TableStyles.None;
        for (var i = 0; i < widths.Length; i++)
        {
            var column = sheet.Column(left + i);
            column.Width = Math.Max(column.Width, widths[i]);
            if (wrap[i])
            {
                sheet.Cells[top + 1, left + i, last, left + i].Style.WrapText = true;
            }
        }

        // Rows with wrapped text get the height of their lines: readers keep a row's stored height, so text would spill.
        for (var row = top + 1; row <= last; row++)
        {
            var lines = 1.0;
            for (var i = 0; i < widths.Length; i++)
            {
                if (wrap[i] && sheet.Cells[row, left + i].Value is string text)
                {
                    lines = Math.Max(lines, Math.Ceiling(TextWidth.Of(text) / Math.Max(1, sheet.Column(left + i).Width - 2)));
                }
            }

            if (lines > 1)
            {
                sheet.Row(row).Height = 15 * lines;
            }
        }

        return new TableRange(top, top + 1, last, left, headers);
    }

    /// <summary>Writes a value as a number, text or 是/否; returns true when it is a withheld figure (the cell stays empty).</summary>
    public static bool WriteCell(ExcelRange cell, CellKind kind, object? value)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value)
        {
            case null:
                return false;
            case Figure figure:
                if (figure.Value is { } v && double.IsFinite(v))
                {
                    cell.Value = v;
                }

                return figure.Suppressed;
            case double d when double.IsFinite(d):
                cell.Value = d;
                return false;
            case double:
                return false;
            case int or long or decimal:
                cell.Value = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return false;
            case bool b:
                cell.Value = b ? "是" : "否";
                return false;
            case string s:
                WriteText(cell, s, kind == CellKind.SubmittedText);
                return false;
            default:
                cell.Value = Convert.ToString(value, CultureInfo.InvariantCulture);
                return false;
        }
    }

    /// <summary>
    /// Text as text: a shared string with the text number format, so neither Excel, WPS nor LibreOffice reads it as a
    /// formula, even when someone edits the cell; text a school sent that starts like a formula also gets the
    /// quote prefix (the hidden apostrophe of typing '=… by hand).
    /// </summary>
    public static void WriteText(ExcelRange cell, string text, bool fromSubmission)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Value = text;
        cell.Style.Numberformat.Format = NumberFormats.Text;
        if (fromSubmission && FormulaGuard.IsFormulaLike(text))
        {
            cell.Style.QuotePrefix = true;
        }
    }

    public static void Highlight(ExcelRange cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
        cell.Style.Fill.BackgroundColor.SetColor(Palette.BreachFill);
        cell.Style.Font.Color.SetColor(Palette.BreachFont);
        cell.Style.Font.Bold = true;
    }

    public static string WithheldComment(string? denominator, int minimumDenominator) => string.Create(CultureInfo.InvariantCulture,
        $"分母（{denominator ?? "人数"}）小于{minimumDenominator}，依披露规则不予公布。");

    public static string WithheldNote(IEnumerable<string> headers, int minimumDenominator) => string.Create(CultureInfo.InvariantCulture,
        $"{string.Join("、", headers)}：分母小于{minimumDenominator}，不予公布");

    private static void StyleHeader(ExcelRange header)
    {
        header.Style.Font.Bold = true;
        header.Style.Fill.PatternType = ExcelFillStyle.Solid;
        header.Style.Fill.BackgroundColor.SetColor(Palette.HeaderFill);
        header.Style.WrapText = true;
        header.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        header.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        header.Worksheet.Row(header.Start.Row).Height = 33;
    }
}
