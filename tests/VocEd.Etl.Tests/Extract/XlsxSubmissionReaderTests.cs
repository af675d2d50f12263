using VocEd.Etl.Extract;
using VocEd.Etl.Templates;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Extract;

public sealed class XlsxSubmissionReaderTests
{
    private static readonly SubmissionTemplate _t = SubmissionTemplates.Enrollment;

    private static List<RawRow> Read(XlsxBuilder builder, out IReadOnlyList<string> headers)
    {
        using var temp = new TempDirectory();
        var path = temp.File("file.xlsx");
        builder.Save(path);
        using var reader = new XlsxSubmissionReader(File.OpenRead(path));
        headers = reader.Headers;
        return [.. reader.ReadRows(HeaderMatcher.For(SubmissionKind.Enrollment), CancellationToken.None)];
    }

    [Test]
    public void Shared_strings_and_numbers_are_read_and_numbers_flagged()
    {
        var rows = Read(
            new XlsxBuilder()
                .Row(1, "学校标识码", "身份证号", "年级")
                .Row(2, 4401000001.0, "11010519491231002X", 2.0),
            out var headers);

        Assert.That(headers, Is.EqualTo(new[] { "学校标识码", "身份证号", "年级" }));
        var row = rows.Single();
        Assert.That(row.Values[_t.IndexOf("school_code")], Is.EqualTo("4401000001"));
        Assert.That(row.IsNumeric(_t.IndexOf("school_code")), Is.True);
        Assert.That(row.Values[_t.IndexOf("citizen_id")], Is.EqualTo("11010519491231002X"));
        Assert.That(row.IsNumeric(_t.IndexOf("citizen_id")), Is.False);
        Assert.That(row.Values[_t.IndexOf("grade")], Is.EqualTo("2"));
    }

    [Test]
    public void Citizen_id_stored_as_a_number_comes_back_without_decimals_and_flagged()
    {
        var row = Read(new XlsxBuilder().Row(1, "citizen_id").Row(2, 110105194912310021.0), out _).Single();

        Assert.That(row.Values[_t.IndexOf("citizen_id")], Does.Match("^[0-9]{18}$"));
        Assert.That(row.IsNumeric(_t.IndexOf("citizen_id")), Is.True);
    }

    [Test]
    public void Inline_strings_are_read() =>
        Assert.That(
            Read(new XlsxBuilder().Row(1, new XlsxBuilder.Inline("major_code")).Row(2, new XlsxBuilder.Inline("0127")), out _).Single().Values[_t.IndexOf("major_code")],
            Is.EqualTo("0127"));

    [Test]
    public void Sparse_cells_are_placed_by_their_column_letters()
    {
        var row = Read(
            new XlsxBuilder()
                .Row(1, "school_code", "grade", "gender", "route")
                .Row(2, ("A", (object)"4401000001"), ("D", "regular")),
            out _).Single();

        Assert.That(row.Values[_t.IndexOf("school_code")], Is.EqualTo("4401000001"));
        Assert.That(row.Values[_t.IndexOf("grade")], Is.Empty);
        Assert.That(row.Values[_t.IndexOf("gender")], Is.Empty);
        Assert.That(row.Values[_t.IndexOf("route")], Is.EqualTo("regular"));
    }

    [Test]
    public void Cell_elements_without_a_value_are_empty()
    {
        var row = Read(new XlsxBuilder().Row(1, "school_code", "grade", "route").Row(2, "4401000001", new XlsxBuilder.Empty(), "regular"), out _).Single();

        Assert.That(row.Values[_t.IndexOf("grade")], Is.Empty);
        Assert.That(row.Values[_t.IndexOf("route")], Is.EqualTo("regular"));
    }

    [Test]
    public void Number_under_a_date_format_is_read_as_an_iso_date()
    {
        using var temp = new TempDirectory();
        var path = temp.File("dates.xlsx");
        new XlsxBuilder().Row(1, "survey_date").Row(2, new XlsxBuilder.DateSerial(45900)).Save(path);
        using var reader = new XlsxSubmissionReader(File.OpenRead(path));

        var row = reader.ReadRows(HeaderMatcher.For(SubmissionKind.GraduateDestination), CancellationToken.None).Single();

        Assert.That(row.Values[SubmissionTemplates.GraduateDestination.IndexOf("survey_date")], Is.EqualTo("2025-08-31"));
    }

    [Test]
    public void Row_numbers_follow_Excel_rows_minus_the_header()
    {
        var rows = Read(new XlsxBuilder().Row(1, "grade").Row(2, "1").Row(5, "3"), out _);

        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(new long[] { 1, 4 }));
    }

    [Test]
    public void Corrupt_file_is_unreadable()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("corrupt.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]);

        Assert.That(() => new XlsxSubmissionReader(File.OpenRead(path)), Throws.TypeOf<SubmissionUnreadableException>());
    }

    private static List<RawRow> ReadHostile(Action<string> write, ReadLimits? limits = null)
    {
        using var temp = new TempDirectory();
        var path = temp.File("hostile.xlsx");
        write(path);
        using var reader = new XlsxSubmissionReader(File.OpenRead(path), limits);
        return [.. reader.ReadRows(HeaderMatcher.For(SubmissionKind.Enrollment), CancellationToken.None)];
    }

    private static readonly string _header = VocEd.Testing.HostileFiles.Row(1, "学校标识码", "身份证号", "年级");

    [Test]
    public void A_part_that_expands_past_its_limit_or_ratio_is_refused_before_it_is_read()
    {
        Assert.That(() => ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p, [_header], filler: 20 << 20)),
            Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("times"));
        Assert.That(() => ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p, [_header], filler: 3 << 20, level: System.IO.Compression.CompressionLevel.NoCompression), new ReadLimits { MaxXlsxPartBytes = 2 << 20 }),
            Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("expands to"));
    }

    [Test]
    public void A_package_of_too_many_parts_is_refused_from_its_end_record()
    {
        Assert.That(() => ReadHostile(p =>
        {
            VocEd.Testing.HostileFiles.Xlsx(p, [_header]);
            using var zip = new System.IO.Compression.ZipArchive(File.Open(p, FileMode.Open), System.IO.Compression.ZipArchiveMode.Update);
            for (var i = 0; i < 1_001; i++)
            {
                zip.CreateEntry($"junk/{i}.bin");
            }
        }), Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("parts"));
    }

    [Test]
    public void A_shared_string_table_over_its_count_or_size_is_refused()
    {
        Assert.That(() => ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p, [_header], sharedStrings: Enumerable.Range(0, 50).Select(i => $"s{i}")), new ReadLimits { MaxSharedStrings = 10 }),
            Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("shared string"));
        Assert.That(() => ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p, [_header], sharedStrings: Enumerable.Range(0, 50).Select(i => new string('x', 100))), new ReadLimits { MaxSharedStringChars = 1_000 }),
            Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("shared string"));
    }

    [Test]
    public void A_value_longer_than_a_run_the_reader_takes_whole_is_refused()
    {
        Assert.That(() => ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p, [_header, VocEd.Testing.HostileFiles.Row(2, "4401000001", new string('1', 300_000), "1")])),
            Throws.TypeOf<SubmissionUnreadableException>().With.Message.Contains("longer than"));
    }

    [Test]
    public void A_row_over_the_field_limit_or_past_the_last_column_is_rejected_and_the_next_rows_are_read()
    {
        var rows = ReadHostile(p => VocEd.Testing.HostileFiles.Xlsx(p,
        [
            _header,
            VocEd.Testing.HostileFiles.Row(2, "4401000001", new string('1', 5_000), "1"),
            VocEd.Testing.HostileFiles.Row(3, [.. Enumerable.Repeat("9", 17_000)]),
            VocEd.Testing.HostileFiles.Row(4, "4401000001", "11010519491231002X", "2"),
        ]));

        Assert.That(rows.Select(r => (r.Line, r.Problem is null)), Is.EqualTo(new[] { (2L, false), (3L, false), (4L, true) }));
        Assert.That(rows[2].Values[_t.IndexOf("grade")], Is.EqualTo("2"));
    }
}
