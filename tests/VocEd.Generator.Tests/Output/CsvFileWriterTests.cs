using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests.Output;

public sealed class CsvFileWriterTests
{
    [Test]
    public void Gb18030_mode_writes_every_csv_with_chinese_text_in_gb18030()
    {
        var directory = GeneratedRuns.Get("tiny-gb18030", d => new GeneratorOptions(GeneratorScale.Tiny, 2024, d,
            Formats: new HashSet<SubmissionFormat> { SubmissionFormat.Csv }, Encoding: EncodingMode.Gb18030)).Directory;
        var files = Directory.EnumerateFiles(Path.Combine(directory, "2024", "enrollment"), "*.csv").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.Not.Empty);
            Assert.That(files.Select(f => SubmissionReader.DetectEncoding(File.ReadAllBytes(f))), Has.All.EqualTo("gb18030"));
            Assert.That(Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "manifest.json" && (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal))), Is.Empty);
        });
    }
}
