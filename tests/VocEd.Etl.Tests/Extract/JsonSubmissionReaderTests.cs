using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.Extract;

public sealed class JsonSubmissionReaderTests
{
    private static readonly SubmissionTemplate _t = SubmissionTemplates.RegionalIndustry;

    private static (IReadOnlyList<string> Headers, List<RawRow> Rows) Read(string json, ReadLimits? limits = null)
    {
        using var reader = new JsonSubmissionReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);
        return (reader.Headers, [.. reader.ReadRows(HeaderMatcher.For(SubmissionKind.RegionalIndustry), CancellationToken.None)]);
    }

    [Test]
    public void Array_of_objects_is_read_with_strings_and_numbers_as_written()
    {
        var (headers, rows) = Read("[{\"地区代码\": \"440000\", \"年份\": 2024, \"增加值(亿元)\": 12345.60, \"产业定位\": null},\n {\"region_code\": \"44\", \"year\": \"2024\"}]");

        Assert.That(headers, Is.EqualTo(new[] { "地区代码", "年份", "增加值(亿元)", "产业定位" }));
        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(rows[0].Values[_t.IndexOf("year")], Is.EqualTo("2024"));
        Assert.That(rows[0].Values[_t.IndexOf("value_added_100m_yuan")], Is.EqualTo("12345.60"));
        Assert.That(rows[0].Values[_t.IndexOf("priority")], Is.Empty);
        Assert.That(rows[1].Values[_t.IndexOf("region_code")], Is.EqualTo("44"));
    }

    [Test]
    public void JSON_Lines_are_read_one_object_per_line()
    {
        var (_, rows) = Read("{\"year\": 2024, \"region_code\": \"CN\"}\n{\"year\": 2025, \"region_code\": \"CN\"}\n");

        Assert.That(rows.Select(r => r.Values[_t.IndexOf("year")]), Is.EqualTo(new[] { "2024", "2025" }));
    }

    [Test]
    public void Large_files_stream_across_buffer_refills()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append("{\"year\": ").Append(2000 + (i % 20)).Append(", \"region_code\": \"").Append(new string('4', 20)).Append("\"}");
        }

        var (_, rows) = Read(text.Append(']').ToString());

        Assert.That(rows, Has.Count.EqualTo(5000));
        Assert.That(rows[^1].Values[_t.IndexOf("year")], Is.EqualTo("2019"));
    }

    [Test]
    public void Value_longer_than_the_buffer_is_read_whole()
    {
        var (_, rows) = Read("[{\"region_code\": \"" + new string('x', 200_000) + "\"}]", new ReadLimits { MaxFieldChars = 300_000 });

        Assert.That(rows[0].Values[_t.IndexOf("region_code")], Has.Length.EqualTo(200_000));
    }

    [Test]
    public void A_value_over_the_field_limit_rejects_its_row_and_the_next_rows_are_read()
    {
        var (_, rows) = Read("{\"year\": 2024, \"region_code\": \"" + new string('4', 5000) + "\"}\n{\"year\": 2025, \"region_code\": \"CN\"}\n");

        Assert.That(rows.Select(r => (r.Line, r.Problem is null)), Is.EqualTo(new[] { (1L, false), (2L, true) }));
        Assert.That(rows[0].Problem, Does.Contain("4096"));
        Assert.That(rows[0].Values, Has.All.Empty, "nothing of a row with a problem is kept");
        Assert.That(rows[1].Values[_t.IndexOf("year")], Is.EqualTo("2025"));
    }

    [Test]
    public void A_key_twice_in_one_object_rejects_the_row_as_two_keys_of_one_column_do()
    {
        var (_, rows) = Read("[{\"year\": 2024, \"region_code\": \"44\"},\n{\"year\": 2024, \"year\": 2025},\n{\"year\": 2024, \"年份\": 2025},\n{\"x\": 1, \"x\": 2}]");

        Assert.That(rows.Select(r => r.Problem is null), Is.EqualTo(new[] { true, false, false, false }));
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
        Assert.That(rows[1].Problem, Does.Contain("重复"));
    }

    [Test]
    public void An_object_with_too_many_keys_rejects_its_row_without_keeping_them()
    {
        var keys = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"k{i}\": {i}"));
        var (_, rows) = Read("{\"year\": 2024}\n{" + keys + "}\n{\"year\": 2025}\n");

        Assert.That(rows.Select(r => r.Problem is null), Is.EqualTo(new[] { true, false, true }));
        Assert.That(rows[1].Problem, Does.Contain("256"));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_makes_the_file_unreadable_without_recursion()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        Assert.That(() => Read("[{\"year\": " + deep + "}]"), Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("depth"));
        Assert.That(Read("[{\"year\": [[1]]}]").Rows, Has.Count.EqualTo(1), "shallow nesting is read as before");
    }

    [Test]
    public void A_token_longer_than_the_buffer_may_grow_makes_the_file_unreadable()
    {
        Assert.That(() => Read("[{\"year\": \"" + new string('1', 3 << 20) + "\"}]"), Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("longer than"));
    }

    [TestCase("[{\"year\": 2024,}")]
    [TestCase("[{\"year\": 2024}, 5]")]
    [TestCase("\"text\"")]
    [TestCase("{\"year\": 2024} oops")]
    public void Invalid_JSON_is_unreadable(string json) =>
        Assert.That(() => Read(json), Throws.TypeOf<SubmissionUnreadableException>());
}
