using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests.Output;

public sealed class XlsxFileWriterTests
{
    [Test]
    public void Workbooks_open_with_the_OpenXml_SDK_and_hold_codes_as_text()
    {
        var directory = GeneratedRuns.TinyClean.Directory;
        var files = Directory.EnumerateFiles(directory, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.Not.Empty);
            foreach (var file in files)
            {
                using var document = SpreadsheetDocument.Open(file, false);
                var part = document.WorkbookPart?.WorksheetParts.Single();
                var rows = part?.Worksheet.Descendants<Row>().ToList() ?? [];
                Assert.That(rows, Has.Count.GreaterThan(1), file);
                var firstDataRow = rows[1].Elements<Cell>().ToList();
                Assert.That(firstDataRow.Where(c => c.DataType?.Value == CellValues.InlineString), Is.Not.Empty, file);
            }
        });
    }

    [Test]
    public void An_unreadable_workbook_cannot_be_opened()
    {
        var directory = GeneratedRuns.Get("tiny-all-kinds", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d, Years: 3, Seed: 3, FaultRate: 0.1)).Directory;
        var broken = GeneratedRuns.Manifest(directory).GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("quarantine_reason").GetString() == "file_unreadable")
            .Select(f => Path.Combine(directory, f.GetProperty("path").GetString()!)).ToList(); // every file has a path

        Assert.Multiple(() =>
        {
            Assert.That(broken, Is.Not.Empty);
            foreach (var file in broken)
            {
                Assert.That(() => SpreadsheetDocument.Open(file, false).Dispose(), Throws.Exception, file);
            }
        });
    }
}
