using System.IO.Compression;
using System.Security;
using System.Text;

namespace VocEd.Testing;

/// <summary>
/// Writers of hostile submission files, as a careless or malicious submitter would send them: XLSX packages written
/// part by part (so a sheet of a million rows or a part that expands to gigabytes streams out without being held), a
/// CSV line of hundreds of megabytes, a sparse file of gigabytes.
/// </summary>
public static class HostileFiles
{
    private const string _sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string _workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string _stringsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private const string _officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string _worksheetRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string _stringsRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    private const string _main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// An XLSX of one sheet whose rows are given as text (each an inline-string row written by <see cref="Row"/>, or any
    /// XML); <paramref name="sharedStrings"/> writes a shared string table; <paramref name="filler"/> bytes of spaces
    /// (a zip bomb: they compress about a thousand times) go into the sheet before its rows.
    /// </summary>
    public static void Xlsx(string path, IEnumerable<string> rows, IEnumerable<string>? sharedStrings = null, long filler = 0,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{_workbookType}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_sheetType}"/>{(sharedStrings is null ? string.Empty : $"<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"{_stringsType}\"/>")}</Types>
            """);
        Text(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{_officeDocument}" Target="xl/workbook.xml"/></Relationships>
            """);
        Text(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{_main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Text(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{_worksheetRelation}" Target="worksheets/sheet1.xml"/>{(sharedStrings is null ? string.Empty : $"<Relationship Id=\"rId2\" Type=\"{_stringsRelation}\" Target=\"sharedStrings.xml\"/>")}</Relationships>
            """);
        if (sharedStrings is not null)
        {
            using var writer = Writer(zip, "xl/sharedStrings.xml", level);
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{_main}\">");
            foreach (var text in sharedStrings)
            {
                writer.Write("<si><t>");
                writer.Write(SecurityElement.Escape(text));
                writer.Write("</t></si>");
            }

            writer.Write("</sst>");
        }

        using (var sheet = Writer(zip, "xl/worksheets/sheet1.xml", level))
        {
            sheet.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{_main}\"><sheetData>");
            var spaces = new string(' ', 1 << 16);
            for (var left = filler; left > 0; left -= spaces.Length)
            {
                sheet.Write(spaces.AsSpan(0, (int)Math.Min(spaces.Length, left)));
            }

            foreach (var row in rows)
            {
                sheet.Write(row);
            }

            sheet.Write("</sheetData></worksheet>");
        }
    }

    /// <summary>One sheet row of inline strings (<c>r</c> is the Excel row number).</summary>
    public static string Row(long r, params string[] cells)
    {
        var xml = new StringBuilder();
        xml.Append("<row r=\"").Append(r).Append("\">");
        foreach (var cell in cells)
        {
            xml.Append("<c t=\"inlineStr\"><is><t>").Append(SecurityElement.Escape(cell)).Append("</t></is></c>");
        }

        return xml.Append("</row>").ToString();
    }

    /// <summary>A CSV of a header and one line of <paramref name="bytes"/> bytes (no line end inside), then <paramref name="after"/>.</summary>
    public static void CsvLongLine(string path, string header, long bytes, string after = "")
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write(Encoding.UTF8.GetBytes(header + "\n"));
        var block = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
        for (var left = bytes; left > 0; left -= block.Length)
        {
            file.Write(block, 0, (int)Math.Min(block.Length, left));
        }

        file.Write(Encoding.UTF8.GetBytes("\n" + after));
    }

    /// <summary>A file of <paramref name="bytes"/> zero bytes that takes no disk space (a hole).</summary>
    public static void Sparse(string path, long bytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        file.SetLength(bytes);
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var writer = Writer(zip, name, CompressionLevel.Optimal);
        writer.Write(text.Trim());
    }

    private static StreamWriter Writer(ZipArchive zip, string name, CompressionLevel level) =>
        new(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false), 1 << 16);
}
