using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// Streams the first worksheet of an XLSX: the package and its parts found with the OpenXML SDK, the sheet's XML read
/// with .NET's own <see cref="XmlReader"/> (the SDK's SAX reader cost several times as much per element: a sheet of a
/// million rows took most of a minute). Row 1 is the header; data row numbers are Excel row − 1. Cells may be sparse (located by their column letters); numeric cells are read back without
/// decimals and flagged as numeric; numbers under a date style become yyyy-MM-dd.
/// <para>
/// Bounds (<see cref="ReadLimits"/>), checked before the workbook is opened: the number of parts, each part's
/// expanded size and its compression ratio (the zip reader never expands a part past its declared size); while reading:
/// the worksheet and the shared strings through <see cref="XmlRunLimitStream"/> (no value or tag longer than a limit),
/// the shared strings' count and characters, the parts read whole (workbook, styles) by characters. A file over them is
/// unreadable. A row with a cell or a total over the field or record limit, or cells past the sheet's last column, is a
/// row with a problem (rejected; reading goes on).
/// </para>
/// </summary>
internal sealed class XlsxSubmissionReader : ISubmissionReader
{
    /// <summary>Excel's last column is XFD: a cell past it is no cell of a real sheet.</summary>
    private const int _maxColumns = 16_384;

    /// <summary>The longest run without markup a part may hold: a cell of Excel's maximum length, in UTF-8, fits.</summary>
    private const int _minRunBytes = 256 * 1024;

    private readonly SpreadsheetDocument _document;
    private readonly XmlReader _reader;
    private readonly SheetNames _names;
    private readonly ReadLimits _limits;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly XlsxStyles _styles;
    private readonly string[] _headers;
    private readonly long _headerRow;
    private long _lastRow;

    public XlsxSubmissionReader(Stream stream, ReadLimits? limits = null)
    {
        _limits = limits ?? ReadLimits.Default;
        try
        {
            CheckPackage(stream, _limits);
            _document = SpreadsheetDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = _limits.MaxXlsxSmallPartChars });
            var workbook = _document.WorkbookPart ?? throw new SubmissionUnreadableException("the XLSX has no workbook");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new SubmissionUnreadableException("the XLSX has no worksheet");
            var sheetId = sheet.Id?.Value ?? throw new SubmissionUnreadableException("the first worksheet has no part id");
            var worksheet = workbook.GetPartById(sheetId) as WorksheetPart
                ?? throw new SubmissionUnreadableException("the first sheet is not a worksheet");
            _sharedStrings = XlsxSharedStrings.Read(workbook.SharedStringTablePart, _limits, part => Bounded(part, "sharedStrings"));
            _styles = XlsxStyles.Read(workbook);
            _reader = Bounded(worksheet, "worksheet");
            _names = new SheetNames(_reader.NameTable);
            var header = NextRow();
            _headerRow = header?.Row ?? 1;
            if (header?.Problem is { } problem)
            {
                throw new SubmissionUnreadableException($"the header row cannot be read: {problem}");
            }

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
            if (row.Problem is { } problem)
            {
                yield return new RawRow(row.Row - _headerRow, values, numeric) { Line = row.Row, Problem = problem };
                continue;
            }

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
                yield return new RawRow(row.Row - _headerRow, values, numeric) { Line = row.Row };
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    /// <summary>
    /// The package's bounds, from its zip directory, before anything is expanded: how many parts (read from the end
    /// record first, so a directory of millions of entries is never loaded), and each part's declared expanded size and
    /// ratio — the zip reader stops every part at its declared size, so these bound what can be read.
    /// </summary>
    private static void CheckPackage(Stream stream, ReadLimits limits)
    {
        if (PartCount(stream) is { } parts && parts > limits.MaxXlsxParts)
        {
            throw new SubmissionUnreadableException($"the XLSX has {parts} parts, more than the limit of {limits.MaxXlsxParts}");
        }

        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > limits.MaxXlsxParts)
            {
                throw new SubmissionUnreadableException($"the XLSX has {zip.Entries.Count} parts, more than the limit of {limits.MaxXlsxParts}");
            }

            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Length <= 100 ? entry.FullName : entry.FullName[..100];
                if (entry.Length > limits.MaxXlsxPartBytes)
                {
                    throw new SubmissionUnreadableException($"the XLSX part {name} expands to {entry.Length} bytes, more than the limit of {limits.MaxXlsxPartBytes}");
                }

                if (entry.Length > 1 << 20 && entry.Length > (long)limits.MaxXlsxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw new SubmissionUnreadableException(
                        $"the XLSX part {name} expands {entry.Length / Math.Max(1, entry.CompressedLength)} times ({entry.CompressedLength} to {entry.Length} bytes), more than the limit of {limits.MaxXlsxCompressionRatio}");
                }
            }
        }

        stream.Position = 0;
    }

    /// <summary>The number of entries the zip's end record declares (0xFFFF: a ZIP64 file, "more"), or null when there is none to find.</summary>
    private static long? PartCount(Stream stream)
    {
        const int endRecordBytes = 22;
        var tail = (int)Math.Min(stream.Length, endRecordBytes + ushort.MaxValue);
        var buffer = new byte[tail];
        stream.Position = stream.Length - tail;
        stream.ReadExactly(buffer);
        stream.Position = 0;
        for (var at = tail - endRecordBytes; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at)) == 0x06054b50)
            {
                var entries = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + 10));
                return entries == ushort.MaxValue ? long.MaxValue : entries;
            }
        }

        return null;
    }

    /// <summary>An XML reader over a part read through <see cref="XmlRunLimitStream"/>: no DTD, no entity, at most the part limit of characters.</summary>
    private XmlReader Bounded(OpenXmlPart part, string name) =>
        XmlReader.Create(
            new XmlRunLimitStream(part.GetStream(FileMode.Open, FileAccess.Read), _limits.MaxXlsxPartBytes, Math.Max(_minRunBytes, 4 * _limits.MaxFieldChars), name),
            new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                MaxCharactersInDocument = _limits.MaxXlsxPartBytes,
                CloseInput = true,
            });

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

    /// <summary>
    /// The next row element with its non-empty cells (header included), or null at the end of the sheet; a row over
    /// the limits comes with its problem and no more cells than it had then.
    /// </summary>
    private (long Row, List<XlsxCell> Cells, string? Problem)? NextRow()
    {
        long? rowNumber = null;
        List<XlsxCell>? cells = null;
        string? problem = null;
        long rowChars = 0;
        var text = new StringBuilder();
        string? type = null;
        uint style = 0;
        var column = -1;
        var nextColumn = 0;
        var hasValue = false;
        var phonetic = 0;
        var onNext = false; // ReadElementContentAsString left the reader on the next node already
        while (onNext || _reader.Read())
        {
            onNext = false;
            var name = _reader.LocalName;
            if (_reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(name, _names.Row))
                {
                    rowNumber = XlsxCellText.RowIndex(_reader.GetAttribute(_names.Reference)) ?? _lastRow + 1;
                    _lastRow = rowNumber.Value;
                    cells = [];
                    nextColumn = 0;
                    problem = null;
                    rowChars = 0;
                    if (_reader.IsEmptyElement)
                    {
                        return (rowNumber.Value, cells, null);
                    }
                }
                else if (ReferenceEquals(name, _names.Cell))
                {
                    var reference = _reader.GetAttribute(_names.Reference);
                    type = _reader.GetAttribute(_names.Type);
                    style = uint.TryParse(_reader.GetAttribute(_names.Style), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
                    column = reference is null ? nextColumn : XlsxCellText.ColumnIndex(reference);
                    text.Clear();
                    hasValue = false;
                    if (_reader.IsEmptyElement)
                    {
                        EndCell();
                    }
                }
                else if (ReferenceEquals(name, _names.Phonetic) && !_reader.IsEmptyElement)
                {
                    phonetic++;
                }
                else if ((ReferenceEquals(name, _names.Value) || ReferenceEquals(name, _names.Text)) && phonetic == 0 && problem is null)
                {
                    hasValue = true;
                    if (!_reader.IsEmptyElement)
                    {
                        text.Append(_reader.ReadElementContentAsString());
                        if (text.Length > _limits.MaxFieldChars)
                        {
                            problem = RecordProblems.FieldTooLong(_limits.MaxFieldChars); // a cell of many runs: stop gathering it
                            text.Clear();
                        }

                        onNext = !_reader.EOF;
                    }
                }
            }
            else if (_reader.NodeType == XmlNodeType.EndElement && HandleEnd(name) is { } row)
            {
                return row;
            }
        }

        return rowNumber is { } last && cells is not null ? (last, cells, problem) : null;

        // An end tag: a cell's adds the cell; a row's ends the row (returned); a phonetic run's ends it.
        (long Row, List<XlsxCell> Cells, string? Problem)? HandleEnd(string name)
        {
            if (ReferenceEquals(name, _names.Cell))
            {
                EndCell();
            }
            else if (ReferenceEquals(name, _names.Phonetic))
            {
                phonetic--;
            }
            else if (ReferenceEquals(name, _names.Row) && cells is not null && rowNumber is { } done)
            {
                return (done, cells, problem);
            }

            return null;
        }

        void EndCell()
        {
            if (cells is null || column < 0 || problem is not null)
            {
                return;
            }

            var cell = ToCell(column, type, style, hasValue ? text.ToString() : string.Empty);
            rowChars += cell.Text.Length;
            problem = column >= _maxColumns ? RecordProblems.TooManyCells()
                : cell.Text.Length > _limits.MaxFieldChars ? RecordProblems.FieldTooLong(_limits.MaxFieldChars)
                : rowChars > _limits.MaxRecordChars ? RecordProblems.RecordTooLong(_limits.MaxRecordChars)
                : null;
            if (problem is null)
            {
                cells.Add(cell);
            }

            nextColumn = column + 1;
            text.Clear();
        }
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

    /// <summary>The sheet's element and attribute names, atomized in the reader's name table: compared by reference.</summary>
    private sealed class SheetNames(XmlNameTable table)
    {
        public string Row { get; } = table.Add("row");

        public string Cell { get; } = table.Add("c");

        public string Value { get; } = table.Add("v");

        public string Text { get; } = table.Add("t");

        public string Phonetic { get; } = table.Add("rPh");

        public string Reference { get; } = table.Add("r");

        public string Type { get; } = table.Add("t");

        public string Style { get; } = table.Add("s");
    }
}
