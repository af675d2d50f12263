using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.Extract;

public sealed class CsvSubmissionReaderTests
{
    private static List<RawRow> Read(string csv, SubmissionKind kind = SubmissionKind.RegionalIndustry, ReadLimits? limits = null)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var reader = new CsvSubmissionReader(stream, TextEncodingDetector.Detect(stream), limits);
        return [.. reader.ReadRows(HeaderMatcher.For(kind), CancellationToken.None)];
    }

    [Test]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var rows = Read("year,priority,region_code,industry_section,value_added_100m_yuan,employment_10k\n2024,\"a,b\",\"say \"\"hi\"\"\",\"C\nD\",1,2\n");

        var t = SubmissionTemplates.RegionalIndustry;
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].Values[t.IndexOf("priority")], Is.EqualTo("a,b"));
        Assert.That(rows[0].Values[t.IndexOf("region_code")], Is.EqualTo("say \"hi\""));
        Assert.That(rows[0].Values[t.IndexOf("industry_section")], Is.EqualTo("C\nD"));
    }

    [Test]
    public void Row_numbers_count_data_rows_from_1_and_skip_blank_lines()
    {
        var rows = Read("year,region_code\r\n2024,44\r\n\r\n2024,45\r\n");

        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(rows[1].Values[SubmissionTemplates.RegionalIndustry.IndexOf("region_code")], Is.EqualTo("45"));
    }

    [Test]
    public void Record_with_fewer_fields_than_the_header_is_truncated()
    {
        var rows = Read("year,region_code,priority\r\n2024,44,key\r\n2024,4");

        Assert.That(rows.Select(r => r.IsTruncated), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void Record_ending_inside_an_open_quote_is_truncated()
    {
        var rows = Read("year,region_code\r\n2024,\"44");

        Assert.That(rows.Single().IsTruncated, Is.True);
    }

    [Test]
    public void Unknown_columns_are_ignored_and_absent_ones_are_empty()
    {
        var rows = Read("备注,年份\r\nx,2024\r\n");

        var t = SubmissionTemplates.RegionalIndustry;
        Assert.That(rows[0].Values[t.IndexOf("year")], Is.EqualTo("2024"));
        Assert.That(rows[0].Values[t.IndexOf("region_code")], Is.Empty);
    }

    [Test]
    public void CSV_values_are_never_numeric_cells() =>
        Assert.That(Read("year\r\n2024\r\n")[0].IsNumeric(SubmissionTemplates.RegionalIndustry.IndexOf("year")), Is.False);

    [Test]
    public void A_name_never_becomes_text_and_the_other_fields_do()
    {
        var rows = Read("school_code,student_name,学生姓名备注\r\n4401000001,张小红,x\r\n4401000002,\"王,明\",y\r\n", SubmissionKind.Enrollment);

        var t = SubmissionTemplates.Enrollment;
        Assert.That(rows.Select(r => r.Values[t.IndexOf("student_name")]), Is.EqualTo(new[] { string.Empty, string.Empty }));
        Assert.That(rows.Select(r => r.Values[t.IndexOf("school_code")]), Is.EqualTo(new[] { "4401000001", "4401000002" }));
        Assert.That(rows.Select(r => r.IsTruncated), Is.EqualTo(new[] { false, false }));
    }

    /// <summary>The first field is always read (a blank line is told by it), so a name there becomes text, masked later.</summary>
    [Test]
    public void A_record_whose_only_field_is_a_name_is_not_a_blank_line()
    {
        var rows = Read("student_name\r\n张小红\r\n\r\n", SubmissionKind.Enrollment);

        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new long[] { 1 }));
    }

    /// <summary>A quote opened and never closed costs its own record only: every physical record after it is read.</summary>
    [Test]
    public void A_quote_never_closed_rejects_one_record_and_the_rest_of_the_file_is_read()
    {
        var csv = new StringBuilder("year,region_code,priority\n");
        for (var i = 1; i <= 100; i++)
        {
            csv.Append(i == 3 ? "2024,\"44,key\n" : $"2024,{i},key\n");
        }

        var rows = Read(csv.ToString());

        Assert.That(rows, Has.Count.EqualTo(100), "rows read = physical records");
        Assert.That(rows.Where(r => r.Problem is not null).Select(r => (r.RowNumber, r.Line)), Is.EqualTo(new[] { (3L, 4L) }));
        Assert.That(rows[2].Problem, Does.Contain("5 行"));
        Assert.That(rows[99].Values[SubmissionTemplates.RegionalIndustry.IndexOf("region_code")], Is.EqualTo("100"));
    }

    [Test]
    public void A_record_with_more_fields_than_the_header_is_rejected_with_its_line_even_when_they_are_empty()
    {
        var rows = Read("year,region_code\r\n2024,44\r\n2024,张,三,45\r\n2024,46,,\r\n");

        Assert.That(rows.Select(r => (r.Line, r.Problem is null, r.IsTruncated)), Is.EqualTo(new[] { (2L, true, false), (3L, false, false), (4L, false, false) }));
        Assert.That(rows[1].Problem, Does.Contain("4 个字段").And.Contain("2 个"));
    }

    [Test]
    public void A_line_longer_than_the_record_limit_is_one_rejected_record_and_the_next_line_is_read()
    {
        var rows = Read("year,region_code\n2024," + new string('4', 70_000) + "\n2024,45\n");

        Assert.That(rows.Select(r => r.Problem is null), Is.EqualTo(new[] { false, true }));
        Assert.That(rows[1].Values[SubmissionTemplates.RegionalIndustry.IndexOf("region_code")], Is.EqualTo("45"));
        var limited = Read("year,region_code\n2024," + new string('4', 50) + "\n2024,45\n", limits: new ReadLimits { MaxFieldChars = 20 });
        Assert.That(limited.Select(r => r.Problem is null), Is.EqualTo(new[] { false, true }), "a field over the field limit");
    }

    [Test]
    public void A_header_over_the_limits_makes_the_file_unreadable() =>
        Assert.That(() => Read(new string('h', 70_000) + "\n2024\n"), Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("header"));
}
