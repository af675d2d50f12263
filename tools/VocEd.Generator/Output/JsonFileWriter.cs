using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Output;

/// <summary>Writes a JSON array of objects (one object per line) or JSON Lines, UTF-8 without BOM; numbers as JSON numbers, codes as strings.</summary>
internal static class JsonFileWriter
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static void Write(Stream stream, SubmissionTemplate template, FileLayout layout, IReadOnlyList<OutputRow> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, _options);
        var headers = layout.ColumnOrder.Select(i => LayoutChooser.Header(template.Columns[i], layout)).ToArray();
        if (!layout.JsonLines)
        {
            stream.Write("[\n"u8);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartObject();
            for (var c = 0; c < headers.Length; c++)
            {
                var column = template.Columns[layout.ColumnOrder[c]];
                var value = LayoutChooser.Value(column, rows[r].Values[layout.ColumnOrder[c]], layout);
                json.WritePropertyName(headers[c]);
                WriteValue(json, column.Type, value);
            }

            json.WriteEndObject();
            json.Flush();
            stream.Write(buffer.WrittenSpan);
            stream.Write(layout.JsonLines || r == rows.Count - 1 ? "\n"u8 : ",\n"u8);
        }

        if (!layout.JsonLines)
        {
            stream.Write("]\n"u8);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, ColumnType type, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else if (type == ColumnType.WholeNumber && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            json.WriteNumberValue(n);
        }
        else if (type == ColumnType.Amount && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            json.WriteNumberValue(d);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
