using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Scan;

/// <summary>The scan of the generated samples (the assembly's set-up fixture deletes them at the end).</summary>
public sealed class FirstPassOnBytesTests
{
    private TempDirectory _temp = null!; // set in SetUp before every test

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    /// <summary>
    /// The first pass on bytes (UTF-8 CSV) and the first pass on decoded text give the same scan of every file of the
    /// faulty sample (UTF-8 with and without BOM, GB18030, XLSX, JSON, truncated and undecodable files), and of files
    /// made to test the edges: GB18030 after a long ASCII prefix, an unknown header, a header and nothing else.
    /// </summary>
    [Test]
    public void The_first_pass_on_bytes_scans_every_file_as_the_text_pass_does()
    {
        var asciiThenGb = string.Concat(Enumerable.Repeat("4401000001,2024,x\r\n", 5000));
        var files = Directory.EnumerateFiles(GeneratedSamples.TinyFaulty, "*", SearchOption.AllDirectories)
            .Concat(
            [
                _temp.Write("gb-late.csv", [.. Encoding.ASCII.GetBytes("school_code,academic_year,x\r\n" + asciiThenGb), .. TextEncodingDetector.StrictGb18030.GetBytes("学校,2024,中\r\n")]),
                _temp.Write("unknown.csv", Encoding.UTF8.GetBytes("a,b,c\r\n1,2,3\r\n")),
                _temp.Write("header-only.csv", Encoding.UTF8.GetBytes(CsvText.Of(SubmissionKind.Enrollment, false))),
                _temp.Write("empty.csv", []),
            ])
            .Order(StringComparer.Ordinal)
            .ToList();
        var bytes = new SubmissionScanner(TestRows.Context(), TestRows.Pseudonymizer);
        var text = new SubmissionScanner(TestRows.Context(), TestRows.Pseudonymizer) { FirstPassOnBytes = false };
        Assert.That(files, Has.Count.GreaterThan(50));
        foreach (var file in files)
        {
            Assert.That(Describe(bytes.Scan(file)), Is.EqualTo(Describe(text.Scan(file))), file);
        }

        static string Describe(SubmissionScan s) =>
            $"{s.ContentHash}|{s.Format}|{s.Encoding}|{s.Kind}|{s.Submitter}|{s.Year}|{s.RowCount}|{s.Problem?.ReasonCode}|{s.Problem?.MessageEn}|{s.KindDetection?.Message}";
    }
}
