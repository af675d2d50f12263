using VocEd.Etl.Conform;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Conform;

/// <summary>
/// The mapper remembers each key's last look-up by the strings it was given (and the year where the key depends on
/// it). Rows that share string instances — one school code over two academic years, one major code in two catalogs
/// and years, counties and destinations that come and go — must map as each does alone, through a mapper of its own.
/// </summary>
public sealed class FactRowMapperTests
{
    private static readonly DimensionKeys _keys = new(
        regions: new(StringComparer.Ordinal) { ["440106"] = 10, ["110105"] = 11 },
        majors: new()
        {
            [("education", "510203")] = [(new DateOnly(2025, 1, 1), 23), (new DateOnly(2010, 1, 1), 22)],
            [("technical-national", "510203")] = [(new DateOnly(2010, 1, 1), 30)],
        },
        sections: new(StringComparer.Ordinal) { ["C"] = 3 },
        divisions: new(StringComparer.Ordinal) { ["65"] = 9, ["13"] = 3 },
        destinations: new(StringComparer.Ordinal) { ["11"] = 1, ["80"] = 2 });

    private static readonly SchoolKeys _schools = SchoolKeys.Of([("4401000001", 2000, 2023, 100), ("4401000001", 2024, 9999, 101)]);

    [Test]
    public void Enrollment_rows_sharing_strings_map_as_they_do_alone()
    {
        string school = new("4401000001".AsSpan()), major = new("510203".AsSpan()), education = new("education".AsSpan()),
            technical = new("technical-national".AsSpan()), home = new("440106".AsSpan()), other = new("110105".AsSpan()), unknown = new("999999".AsSpan());
        EnrollmentRecord[] records =
        [
            Enrollment(school, 2023, education, major, home),
            Enrollment(school, 2024, education, major, home), // another school version, the same major version
            Enrollment(school, 2025, education, major, other), // the major's 2025 version
            Enrollment(school, 2025, technical, major, unknown), // the same code in another catalog; an unknown county
            Enrollment(school, 2023, education, major, unknown),
            Enrollment(school, 2023, null, major, home), // a major not found
            Enrollment(null, 2023, education, null, null),
            Enrollment(school, 2023, education, major, home),
        ];

        var mapper = new FactRowMapper(_keys, _schools, 7);
        var mapped = records.Select((r, i) => mapper.Enrollment(Row(i + 1, r))).ToList();
        for (var i = 0; i < records.Length; i++)
        {
            var alone = new FactRowMapper(_keys, _schools, 7).Enrollment(Row(i + 1, Copy(records[i])));
            Assert.That((mapped[i].SchoolKey, mapped[i].MajorKey, mapped[i].HomeRegionKey), Is.EqualTo((alone.SchoolKey, alone.MajorKey, alone.HomeRegionKey)), $"row {i + 1}");
        }

        Assert.That(mapped.Select(m => (m.SchoolKey, m.MajorKey, m.HomeRegionKey)), Is.EqualTo(new[]
        {
            (100, 22, 10), (101, 22, 10), (101, 23, 11), (101, 30, -1), (100, 22, -1), (100, -1, 10), (-1, -1, -1), (100, 22, 10),
        }));
    }

    [Test]
    public void Graduate_rows_sharing_strings_map_as_they_do_alone()
    {
        string school = new("4401000001".AsSpan()), major = new("510203".AsSpan()), education = new("education".AsSpan()),
            employed = new("11".AsSpan()), studying = new("80".AsSpan()), division = new("65".AsSpan()), county = new("440106".AsSpan());
        GraduateDestinationRecord[] records =
        [
            Graduate(school, 2024, education, major, employed, true, division, county),
            Graduate(school, 2025, education, major, employed, true, division, county), // another year: school and major versions
            Graduate(school, 2025, education, major, studying, false, null, null),
            Graduate(school, 2025, education, major, employed, true, new string("13".AsSpan()), new string("110105".AsSpan())),
            Graduate(school, 2025, education, major, employed, true, division, county),
        ];

        var mapper = new FactRowMapper(_keys, _schools, 7);
        var mapped = records.Select((r, i) => mapper.Graduate(Row(i + 1, r))).ToList();
        Assert.That(mapped.Select(m => (m.SchoolKey, m.MajorKey, m.DestinationKey, m.EmployerIndustryKey, m.EmployerRegionKey)), Is.EqualTo(new[]
        {
            (100, 22, 1, 9, 10), (101, 22, 1, 9, 10), (101, 22, 2, -2, -2), (101, 22, 1, 3, 11), (101, 22, 1, 9, 10),
        }));
    }

    private static EnrollmentRecord Enrollment(string? school, int year, string? catalog, string? major, string? county) => new()
    {
        SchoolCode = school,
        AcademicYear = year,
        StudentKey = new Pseudonym(Enumerable.Repeat((byte)0xaa, 32).ToArray(), 1),
        MajorCatalog = catalog,
        MajorCode = major,
        EntryYear = year,
        Grade = 1,
        Gender = "F",
        HomeCountyCode = county,
        Route = "regular",
        Status = "enrolled",
    };

    private static EnrollmentRecord Copy(EnrollmentRecord r) => r with
    {
        SchoolCode = r.SchoolCode is null ? null : new string(r.SchoolCode.AsSpan()),
        MajorCatalog = r.MajorCatalog is null ? null : new string(r.MajorCatalog.AsSpan()),
        MajorCode = r.MajorCode is null ? null : new string(r.MajorCode.AsSpan()),
        HomeCountyCode = r.HomeCountyCode is null ? null : new string(r.HomeCountyCode.AsSpan()),
    };

    private static GraduateDestinationRecord Graduate(string school, int year, string catalog, string major, string destination, bool isEmployed, string? division, string? county) => new()
    {
        SchoolCode = school,
        GraduationYear = year,
        StudentKey = new Pseudonym(Enumerable.Repeat((byte)0xbb, 32).ToArray(), 1),
        MajorCatalog = catalog,
        MajorCode = major,
        DestinationCode = destination,
        IsEmployed = isEmployed,
        EmployerIndustry = division,
        EmployerCountyCode = county,
        MonthlySalaryYuan = isEmployed ? 4500m : null,
        JobRelated = isEmployed ? true : null,
        SurveyDate = new DateOnly(year, 8, 31),
    };

    private static ValidatedRow Row(long number, SubmissionRecord record) => new(number, record, Array.Empty<RuleViolation>(), [], []);
}
