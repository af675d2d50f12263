using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Output;

/// <summary>
/// Writes a minimal valid workbook (content types, relationships, workbook, one sheet) straight into a zip with
/// fixed entry timestamps, streaming the sheet XML, so the bytes depend only on the content. Codes and IDs are
/// inline-string cells; integers and decimals numeric cells.
/// </summary>
internal static class XlsxFileWriter
{
    private const string _main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly DateTimeOffset _timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings _settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static void Write(Stream stream, SubmissionTemplate template, FileLayout layout, IReadOnlyList<OutputRow> rows)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Static(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Static(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Static(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Static(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");

        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        entry.LastWriteTime = _timestamp;
        using var entryStream = entry.Open();
        using var xml = XmlWriter.Create(entryStream, _settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", _main);
        xml.WriteStartElement("sheetData", _main);
        var letters = Enumerable.Range(0, layout.ColumnOrder.Count).Select(ColumnLetters).ToArray();
        xml.WriteStartElement("row", _main);
        xml.WriteAttributeString("r", "1");
        for (var c = 0; c < layout.ColumnOrder.Count; c++)
        {
            TextCell(xml, letters[c] + "1", LayoutChooser.Header(template.Columns[layout.ColumnOrder[c]], layout));
        }

        xml.WriteEndElement();
        var idColumn = template.Columns.Select((col, i) => (col, i)).FirstOrDefault(x => x.col.Name == "citizen_id").i;
        for (var r = 0; r < rows.Count; r++)
        {
            var rowNumber = (r + 2).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", _main);
            xml.WriteAttributeString("r", rowNumber);
            for (var c = 0; c < layout.ColumnOrder.Count; c++)
            {
                var index = layout.ColumnOrder[c];
                var column = template.Columns[index];
                var value = LayoutChooser.Value(column, rows[r].Values[index], layout);
                if (value is null)
                {
                    continue;
                }

                var reference = letters[c] + rowNumber;
                var numeric = column.Type is ColumnType.WholeNumber or ColumnType.Amount
                    || (rows[r].CitizenIdAsNumber && index == idColumn && column.Name == "citizen_id");
                if (numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    xml.WriteStartElement("c", _main);
                    xml.WriteAttributeString("r", reference);
                    xml.WriteElementString("v", _main, column.Name == "citizen_id" ? number.ToString("R", CultureInfo.InvariantCulture) : value);
                    xml.WriteEndElement();
                }
                else
                {
                    TextCell(xml, reference, value);
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void TextCell(XmlWriter xml, string reference, string text)
    {
        xml.WriteStartElement("c", _main);
        xml.WriteAttributeString("r", reference);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", _main);
        xml.WriteStartElement("t", _main);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Static(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = _timestamp;
        using var s = entry.Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        index++;
        while (index > 0)
        {
            var rem = (index - 1) % 26;
            letters = (char)('A' + rem) + letters;
            index = (index - 1) / 26;
        }

        return letters;
    }
}
