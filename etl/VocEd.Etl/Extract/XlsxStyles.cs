using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VocEd.Etl.Extract;

/// <summary>Which cell styles of a workbook format numbers as dates (the styles part is small and read whole).</summary>
internal sealed class XlsxStyles
{
    private readonly bool[] _isDate;

    private XlsxStyles(bool[] isDate) => _isDate = isDate;

    public static XlsxStyles Read(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return new XlsxStyles([]);
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) // the Where above checks the id
            ?? [];
        var isDate = stylesheet.CellFormats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))
            .ToArray();
        return new XlsxStyles(isDate);
    }

    public bool IsDate(uint styleIndex) => styleIndex < _isDate.Length && _isDate[styleIndex];

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }

        if (!custom.TryGetValue(id, out var code))
        {
            return false;
        }

        var plain = new System.Text.StringBuilder();
        var inQuote = false;
        var inBracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    inQuote = !inQuote;
                    break;
                case '[' when !inQuote:
                    inBracket = true;
                    break;
                case ']' when !inQuote:
                    inBracket = false;
                    break;
                default:
                    if (!inQuote && !inBracket)
                    {
                        plain.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        var text = plain.ToString();
        return text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal);
    }
}
