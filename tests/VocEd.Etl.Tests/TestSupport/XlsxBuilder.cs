using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>Builds small XLSX files for tests: cells as shared strings, inline strings or numbers, at any reference.</summary>
internal sealed class XlsxBuilder
{
    private readonly List<(uint Row, List<(string Reference, object Value)> Cells)> _rows = [];
    private readonly List<string> _sharedStrings = [];

    /// <summary>Adds a row at Excel row <paramref name="row"/>; string values go to the shared string table, numbers (double) are numeric cells, <see cref="Inline"/> values inline strings.</summary>
    public XlsxBuilder Row(uint row, params (string Column, object Value)[] cells)
    {
        _rows.Add((row, cells.Select(c => (c.Column + row.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Value)).ToList()));
        return this;
    }

    /// <summary>Adds a row whose cells fill columns A, B, C … in order.</summary>
    public XlsxBuilder Row(uint row, params object[] values) =>
        Row(row, values.Select((v, i) => (((char)('A' + i)).ToString(), v)).ToArray());

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var (rowIndex, cells) in _rows)
        {
            var row = new Row { RowIndex = rowIndex };
            foreach (var (reference, value) in cells)
            {
                row.Append(ToCell(reference, value));
            }

            data.Append(row);
        }

        worksheet.Worksheet = new Worksheet(data);
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(_sharedStrings.Select(s => new SharedStringItem(new Text(s))));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Sheet1" });
    }

    private Cell ToCell(string reference, object value)
    {
        switch (value)
        {
            case double number:
                return new Cell { CellReference = reference, CellValue = new CellValue(number) };
            case Empty:
                return new Cell { CellReference = reference };
            case DateSerial date:
                return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.Serial) };
            case Inline inline:
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) };
            default:
                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                var index = _sharedStrings.IndexOf(text);
                if (index < 0)
                {
                    _sharedStrings.Add(text);
                    index = _sharedStrings.Count - 1;
                }

                return new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.SharedString,
                    CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                };
        }
    }

    /// <summary>A value to store as an inline string.</summary>
    public sealed record Inline(string Text);

    /// <summary>A cell element without a value.</summary>
    public sealed record Empty;

    /// <summary>A number under a date format (Excel's serial day number).</summary>
    public sealed record DateSerial(double Serial);
}
