using VocEd.Generator.Templates;
using VocEd.Warehouse.Text;

namespace VocEd.Generator.Output;

/// <summary>Writes an RFC 4180 CSV (CRLF) in the layout's encoding; optionally cuts the last row after some fields (a truncated file).</summary>
internal static class CsvFileWriter
{
    public static void Write(Stream stream, SubmissionTemplate template, FileLayout layout, IReadOnlyList<OutputRow> rows, int truncateLastRowAt)
    {
        using var writer = new StreamWriter(stream, TextEncodings.For(layout.Encoding), 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        WriteFields(writer, layout.ColumnOrder.Select(i => LayoutChooser.Header(template.Columns[i], layout)), int.MaxValue);
        writer.Write("\r\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var values = rows[r].Values;
            var last = r == rows.Count - 1 && truncateLastRowAt > 0;
            WriteFields(writer, layout.ColumnOrder.Select(i => LayoutChooser.Value(template.Columns[i], values[i], layout)), last ? truncateLastRowAt : int.MaxValue);
            if (!last)
            {
                writer.Write("\r\n");
            }
        }
    }

    private static void WriteFields(StreamWriter writer, IEnumerable<string?> fields, int limit)
    {
        var n = 0;
        foreach (var field in fields)
        {
            if (n == limit)
            {
                break;
            }

            if (n > 0)
            {
                writer.Write(',');
            }

            writer.Write(CsvWriter.Escape(field));
            n++;
        }
    }
}
