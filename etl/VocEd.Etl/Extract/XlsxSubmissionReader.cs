using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streams the first worksheet of an XLSX with the OpenXML SAX reader. Row 1 is the header; data row numbers are
/// Excel row − 1. Cells may be sparse (located by their column letters); numeric cells are read back without
/// decimals and flagged as numeric; numbers under a date style become yyyy-MM-dd.
/// </summary>
internal sealed class XlsxSubmissionReader : ISubmissionReader
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly XlsxStyles _styles;
    private readonly string[] _headers;
    private readonly long _headerRow;
    private long _lastRow;

    public XlsxSubmissionReader(Stream stream)
    {
        try
        {
            _document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = _document.WorkbookPart ?? throw new SubmissionUnreadableException("the XLSX has no workbook");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new SubmissionUnreadableException("the XLSX has no worksheet");
            var sheetId = sheet.Id?.Value ?? throw new SubmissionUnreadableException("the first worksheet has no part id");
            var worksheet = workbook.GetPartById(sheetId) as WorksheetPart
                ?? throw new SubmissionUnreadableException("the first sheet is not a worksheet");
            _sharedStrings = XlsxSharedStrings.Read(workbook.SharedStringTablePart);
            _styles = XlsxStyles.Read(workbook);
            _reader = OpenXmlReader.Create(worksheet);
            var header = NextRow();
            _headerRow = header?.Row ?? 1;
            _headers = header is null ? [] : [.. header.Value.Cells.Select(c => c.Text)];
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            _document?.Dispose();
            throw new SubmissionUnreadableException("the XLSX file is corrupt: " + ex.Message, ex);
        }
    }

    public IReadOnlyList<string> Headers => _headers;

    public IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, CancellationToken cancellationToken)
    {
        var map = matcher.Map(_headers);
        var width = matcher.Template.Columns.Count;
        while (Guard(NextRow) is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new string[width];
            Array.Fill(values, string.Empty);
            var numeric = new bool[width];
            var any = false;
            foreach (var cell in row.Cells)
            {
                if (cell.Column < map.Length && map[cell.Column] >= 0 && cell.Text.Length > 0)
                {
                    values[map[cell.Column]] = cell.Text;
                    numeric[map[cell.Column]] = cell.IsNumeric;
                    any = true;
                }
            }

            if (any || row.Cells.Any(c => c.Text.Trim().Length > 0))
            {
                yield return new RawRow(row.Row - _headerRow, values, numeric);
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private static bool IsCorruption(Exception ex) =>
        ex is InvalidDataException or OpenXmlPackageException or FileFormatException or XmlException
            or IOException or InvalidOperationException or NotSupportedException or ArgumentException;

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw new SubmissionUnreadableException("the XLSX file is corrupt: " + ex.Message, ex);
        }
    }

    /// <summary>The next row element with its non-empty cells (header included), or null at the end of the sheet.</summary>
    private (long Row, List<XlsxCell> Cells)? NextRow()
    {
        long? rowNumber = null;
        List<XlsxCell>? cells = null;
        var text = new StringBuilder();
        string? type = null;
        uint style = 0;
        var column = -1;
        var nextColumn = 0;
        var hasValue = false;
        while (_reader.Read())
        {
            var elementType = _reader.ElementType;
            if (elementType == typeof(Row))
            {
                if (_reader.IsStartElement)
                {
                    rowNumber = XlsxCellText.RowIndex(Attribute("r")) ?? _lastRow + 1;
                    _lastRow = rowNumber.Value;
                    cells = [];
                    nextColumn = 0;
                }
                else if (cells is not null && rowNumber is { } done)
                {
                    return (done, cells);
                }
            }
            else if (elementType == typeof(Cell))
            {
                if (_reader.IsStartElement)
                {
                    var reference = Attribute("r");
                    column = reference is null ? nextColumn : XlsxCellText.ColumnIndex(reference);
                    type = Attribute("t");
                    style = uint.TryParse(Attribute("s"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
                    text.Clear();
                    hasValue = false;
                }
                else if (cells is not null && column >= 0)
                {
                    cells.Add(ToCell(column, type, style, hasValue ? text.ToString() : string.Empty));
                    nextColumn = column + 1;
                }
            }
            else if ((elementType == typeof(CellValue) || elementType == typeof(Text)) && _reader.IsStartElement)
            {
                text.Append(_reader.GetText());
                hasValue = true;
            }
        }

        return rowNumber is { } last && cells is not null ? (last, cells) : null;
    }

    private XlsxCell ToCell(int column, string? type, uint style, string value)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                    ? new XlsxCell(column, _sharedStrings[index], false)
                    : throw new SubmissionUnreadableException($"a cell refers to shared string {value}, which does not exist");
            case "inlineStr" or "str" or "e" or "b":
                return new XlsxCell(column, value, false);
            case "d":
                return new XlsxCell(column, value.Length >= 10 ? value[..10] : value, false);
            default:
                if (value.Length == 0)
                {
                    return new XlsxCell(column, value, false);
                }

                return _styles.IsDate(style) && XlsxCellText.FormatDate(value) is { } date
                    ? new XlsxCell(column, date, true)
                    : new XlsxCell(column, XlsxCellText.FormatNumber(value), true);
        }
    }

    private string? Attribute(string localName)
    {
        foreach (var attribute in _reader.Attributes)
        {
            if (string.Equals(attribute.LocalName, localName, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
