using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Records;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Testing;
using static VocEd.Etl.Templates.ColumnNames;
using RuleIds = VocEd.Etl.Validate.RuleIds;

namespace VocEd.Etl.Tests.Scan;

public sealed class SubmissionScannerTests
{
    private TempDirectory _temp = null!; // set in SetUp before every test

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static SubmissionScanner Scanner(EtlOptions? options = null) => new(TestRows.Context(), TestRows.Pseudonymizer, options);

    private static Dictionary<string, string> Student(string sequence) =>
        TestRows.With(SubmissionKind.Enrollment, (CitizenId, TestRows.Id(sequence: sequence)), (Gender, int.Parse(sequence, System.Globalization.CultureInfo.InvariantCulture) % 2 == 1 ? "M" : "F"));

    [Test]
    public void UTF8_CSV_with_BOM_and_Chinese_headers_is_scanned_and_streamed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Of(SubmissionKind.Enrollment, true, Student("101"), Student("102"), TestRows.Valid(SubmissionKind.Enrollment)))).ToArray();
        var path = _temp.Write("4401000001.csv", bytes);

        var scan = Scanner().Scan(path);

        Assert.That(scan.Problem, Is.Null);
        Assert.That((scan.Kind, scan.Format, scan.Encoding), Is.EqualTo(((SubmissionKind?)SubmissionKind.Enrollment, SubmissionFormat.Csv, "utf-8-bom")));
        Assert.That((scan.Submitter, scan.Year, scan.RowCount), Is.EqualTo(("4401000001", (int?)2024, 3L)));
        Assert.That(scan.ContentHash, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        var rows = scan.ReadRows().ToList();
        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(rows.SelectMany(r => r.Failures()), Is.Empty);
        Assert.That(rows.Select(r => ((EnrollmentRecord)r.Record).StudentKey?.KeyVersion), Has.All.EqualTo(1));
    }

    [Test]
    public void GB18030_CSV_is_detected_and_decoded()
    {
        var row = TestRows.With(SubmissionKind.SchoolProfile, (SchoolName, "佛山市顺德区职业技术学校"));
        var path = _temp.Write("gb.csv", TextEncodingDetector.StrictGb18030.GetBytes(CsvText.Of(SubmissionKind.SchoolProfile, true, row)));

        var scan = Scanner().Scan(path);

        Assert.That(scan.Encoding, Is.EqualTo("gb18030"));
        Assert.That(((SchoolProfileRecord)scan.ReadRows().Single().Record).SchoolName, Is.EqualTo("佛山市顺德区职业技术学校"));
    }

    [Test]
    public void GB18030_after_a_long_ASCII_prefix_falls_back_to_GB18030()
    {
        var rows = Enumerable.Range(0, 3000).Select(i => TestRows.With(SubmissionKind.RegionalIndustry, (IndustrySection, ((char)('A' + (i % 20))).ToString()), (Priority, "none")))
            .Append(TestRows.With(SubmissionKind.RegionalIndustry, (Priority, "战略性新兴产业")))
            .ToArray();
        var bytes = TextEncodingDetector.StrictGb18030.GetBytes(CsvText.Of(SubmissionKind.RegionalIndustry, false, rows));
        Assume.That(bytes.AsSpan(0, TextEncodingDetector.PrefixLength).IndexOfAnyExceptInRange((byte)0, (byte)0x7F), Is.EqualTo(-1));
        var path = _temp.Write("44.csv", bytes);

        var scan = Scanner().Scan(path);

        Assert.That(scan.Encoding, Is.EqualTo("gb18030"));
        Assert.That(((RegionalIndustryRecord)scan.ReadRows().Last().Record).Priority, Is.EqualTo("strategic_emerging"));
    }

    [Test]
    public void Undecodable_bytes_after_a_UTF8_prefix_make_the_file_unreadable()
    {
        var text = Encoding.UTF8.GetBytes(CsvText.Of(SubmissionKind.SchoolProfile, true, TestRows.Valid(SubmissionKind.SchoolProfile)));
        var path = _temp.Write("bad.csv", [.. text, .. Enumerable.Repeat((byte)'a', 70_000), 0xFF, 0xFE, (byte)'\n']);

        var scan = Scanner().Scan(path);

        Assert.That(scan.Problem?.ReasonCode, Is.EqualTo(RuleIds.FileUnreadable));
        Assert.That(() => scan.ReadRows().ToList(), Throws.InvalidOperationException);
    }

    [Test]
    public void File_whose_headers_match_no_kind_names_the_missing_columns()
    {
        var path = _temp.Write("x.csv", Encoding.UTF8.GetBytes("学校标识码,学年,身份证号,专业代码,入学年份,性别,生源地代码,培养方式,学籍状态\r\n"));

        var scan = Scanner().Scan(path);

        Assert.That(scan.Problem?.ReasonCode, Is.EqualTo(RuleIds.FileUnknownKind));
        Assert.That(scan.Kind, Is.Null);
        Assert.That(scan.Problem?.MessageEn, Does.Contain("enrollment").And.Contain("grade (年级)"));
        Assert.That(scan.Problem?.MessageZh, Does.Contain("年级"));
    }

    [Test]
    public void Truncated_CSV_rejects_its_last_row_as_truncated()
    {
        var text = CsvText.Of(SubmissionKind.Enrollment, false, Student("101"), Student("103"));
        var path = _temp.Write("t.csv", Encoding.UTF8.GetBytes(text[..^40]));

        var rows = Scanner().Scan(path).ReadRows().ToList();

        Assert.That(rows.Select(r => r.Failures()), Is.EqualTo(new[] { Array.Empty<string>(), ["truncated_row:"] }));
    }

    [Test]
    public void Rows_of_another_school_or_year_than_most_rows_are_other_submitter()
    {
        var path = _temp.Write("m.csv", Encoding.UTF8.GetBytes(CsvText.Of(
            SubmissionKind.Enrollment,
            true,
            Student("101"),
            TestRows.With(SubmissionKind.Enrollment, (SchoolCode, TestRows.AssociateSchool), (MajorCode, "510203")),
            Student("103"),
            TestRows.With(SubmissionKind.Enrollment, (CitizenId, TestRows.Id(sequence: "105")), (Gender, "M"), (AcademicYear, "2023"), (EntryYear, "2022")))));

        var scan = Scanner().Scan(path);
        var rows = scan.ReadRows().ToList();

        Assert.That((scan.Submitter, scan.Year), Is.EqualTo((TestRows.SecondarySchool, (int?)2024)));
        Assert.That(rows.Select(r => string.Join(" ", r.Failures())), Is.EqualTo(new[] { string.Empty, "other_submitter:school_code", string.Empty, "other_submitter:academic_year" }));
    }

    [Test]
    public void Shuffled_columns_in_XLSX_are_read_and_a_numeric_citizen_id_is_rejected()
    {
        var columns = SubmissionTemplates.Enrollment.Columns.Select(c => c.Name).Reverse().ToArray();
        var valid = Student("101");
        var builder = new XlsxBuilder().Row(1, columns.Cast<object>().ToArray());
        builder.Row(2, columns.Select(c => c == SchoolCode ? 4401000001.0 : (object)valid[c]).ToArray());
        builder.Row(3, columns.Select(c => c == CitizenId ? 440106200801011230.0 : (object)valid[c]).ToArray());
        var path = _temp.File("e.xlsx");
        builder.Save(path);

        var scan = Scanner().Scan(path);
        var rows = scan.ReadRows().ToList();

        Assert.That((scan.Kind, scan.Format, scan.Submitter), Is.EqualTo(((SubmissionKind?)SubmissionKind.Enrollment, SubmissionFormat.Xlsx, TestRows.SecondarySchool)));
        Assert.That(rows[0].Failures(), Is.Empty);
        Assert.That(rows[1].Failures(), Is.EqualTo(new[] { "citizen_id_stored_as_number:citizen_id" }));
    }

    [Test]
    public void Corrupt_XLSX_is_unreadable()
    {
        var path = _temp.Write("c.xlsx", Encoding.ASCII.GetBytes("this is not a zip file"));

        Assert.That(Scanner().Scan(path).Problem?.ReasonCode, Is.EqualTo(RuleIds.FileUnreadable));
    }

    [Test]
    public void JSON_Lines_submission_is_scanned()
    {
        var lines = string.Concat(new[] { "A", "C", "C" }.Select(s =>
            $"{{\"地区代码\": \"440000\", \"年份\": 2024, \"行业门类\": \"{s}\", \"增加值（亿元）\": 1.5, \"从业人员（万人）\": 2, \"产业定位\": \"none\"}}\n"));
        var path = _temp.Write("44.jsonl", Encoding.UTF8.GetBytes(lines));

        var scan = Scanner().Scan(path);

        Assert.That((scan.Kind, scan.Format, scan.Submitter, scan.RowCount), Is.EqualTo(((SubmissionKind?)SubmissionKind.RegionalIndustry, SubmissionFormat.Json, "44", 3L)));
        Assert.That(scan.ReadRows().Select(r => string.Join(" ", r.Failures())), Is.EqualTo(new[] { string.Empty, string.Empty, "duplicate_row:industry_section" }));
    }

    [Test]
    public void Invalid_JSON_is_unreadable()
    {
        var first = "{\"region_code\": \"44\", \"year\": 2024, \"industry_section\": \"A\", \"value_added_100m_yuan\": 1, \"employment_10k\": 1, \"priority\": \"none\"}";
        var path = _temp.Write("x.json", Encoding.UTF8.GetBytes("[" + first + ", {\"year\": "));

        Assert.That(Scanner().Scan(path).Problem?.ReasonCode, Is.EqualTo(RuleIds.FileUnreadable));
    }

    [Test]
    public void Oversize_file_is_unreadable()
    {
        var path = _temp.Write("big.csv", new byte[2048]);

        var scan = Scanner(new EtlOptions { MaxFileBytes = 1024 }).Scan(path);

        Assert.That(scan.Problem?.ReasonCode, Is.EqualTo(RuleIds.FileUnreadable));
        Assert.That(scan.Problem?.MessageEn, Does.Contain("1024"));
    }

    [Test]
    public void Raw_citizen_ids_and_names_never_leave_the_validated_rows()
    {
        var ids = new[] { TestRows.Id(sequence: "101"), TestRows.Id(sequence: "103"), "110105194912310021" };
        var rows = ids.Select((id, i) => TestRows.With(SubmissionKind.Enrollment, (CitizenId, id), (Gender, i < 2 ? "M" : "F"), (StudentName, "王小明"))).ToArray();
        var path = _temp.Write("p.csv", Encoding.UTF8.GetBytes(CsvText.Of(SubmissionKind.Enrollment, true, [.. rows, rows[0]])));

        var everything = string.Join("\n", Scanner().Scan(path).ReadRows().Select(r => string.Join(
            "|",
            r.Record.ToString(),
            string.Join(",", r.Violations.Select(v => v.MessageEn + v.MessageZh)),
            string.Join(",", r.MaskedRawValues.Select(v => v.Value)))));

        Assert.That(ids, Has.None.Matches<string>(id => everything.Contains(id, StringComparison.Ordinal)));
        Assert.That(everything, Does.Not.Contain("王小明"));
        Assert.That(everything, Does.Contain("440106************"));
    }
}
