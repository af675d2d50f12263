using System.Globalization;
using System.Text;

namespace VocEd.Reports.Catalog;

/// <summary>
/// The published file name of a report: <c>{scope_code}_{scope_name}_{title}_{year}学年.xlsx</c>, e.g.
/// <c>44_广东省_职业教育质量报告_2024学年.xlsx</c>. Legal on Windows (no reserved characters, no trailing dot or
/// space) and without spaces, so it survives e-mail, zip files and command lines.
/// </summary>
public static class ReportFileName
{
    private const string _reserved = "<>:\"/\\|?*";

    public static string For(string scopeCode, string scopeName, string title, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{Clean(scopeCode)}_{Clean(scopeName)}_{Clean(title)}_{year}学年.xlsx");

    /// <summary>Drops what Windows forbids in a name and every kind of white space; an underscore stands for a dropped character.</summary>
    public static string Clean(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var builder = new StringBuilder(part.Length);
        foreach (var c in part.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            builder.Append(_reserved.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var cleaned = builder.ToString().TrimEnd('.');
        return cleaned.Length == 0 ? "_" : cleaned;
    }
}
