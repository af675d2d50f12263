using System.Text;

namespace VocEd.Reports.Subscriptions;

/// <summary>
/// Reads a recipients file: CSV (UTF-8, with or without BOM; comma-separated, fields may be quoted) whose header names
/// the columns region, name, email (or 地区, 姓名, 邮箱). Errors name the line, never the address.
/// </summary>
public static class RecipientCsv
{
    private static readonly string[] _region = ["region", "region_code", "地区", "地区代码"];
    private static readonly string[] _name = ["name", "姓名"];
    private static readonly string[] _email = ["email", "e-mail", "mail", "邮箱", "电子邮箱"];

    public static IReadOnlyList<RecipientRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine() ?? throw new ArgumentException("the recipients file is empty: its first line names the columns region,name,email");
        var columns = Fields(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToLowerInvariant()).ToList();
        var (region, name, email) = (Find(columns, _region), Find(columns, _name), Find(columns, _email));
        var rows = new List<RecipientRow>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = Fields(text);
            string Field(int i) => i < fields.Count ? fields[i].Trim() : string.Empty;
            var row = new RecipientRow(line, Field(region), Field(name), Field(email).ToLowerInvariant());
            if (row.RegionCode.Length == 0 || row.Name.Length == 0 || row.Email.Length == 0)
            {
                throw new ArgumentException($"line {line} of the recipients file: region, name and email are all required");
            }

            rows.Add(row);
        }

        return rows;
    }

    private static int Find(List<string> columns, string[] names)
    {
        var index = columns.FindIndex(c => names.Contains(c, StringComparer.Ordinal));
        return index >= 0 ? index : throw new ArgumentException($"the recipients file has no column {names[0]} (its header must name region,name,email)");
    }

    /// <summary>The fields of one line: commas separate, double quotes enclose a field, two double quotes inside are one.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
