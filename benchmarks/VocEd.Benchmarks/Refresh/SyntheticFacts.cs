using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Benchmarks.Refresh;

/// <summary>
/// Fills a migrated warehouse with synthetic province-scale facts (Guangdong, 44) straight through
/// linq2db BulkCopy: the ETL is not needed for a refresh benchmark. Deterministic (seeded random).
/// </summary>
internal sealed class SyntheticFacts(WarehouseDbContext db, int schools)
{
    public const int Year = 2024;
    private static readonly string[] _types = ["secondary", "associate", "associate", "technical", "bachelor"];
    private static readonly string[] _statuses = ["enrolled", "enrolled", "enrolled", "enrolled", "enrolled", "enrolled", "enrolled", "enrolled", "suspended", "dropped"];
    private readonly Random _random = new(20241);

    public List<DimSchool> Schools { get; } = [];

    public required WarehouseOptions Options { get; init; }

    public Dictionary<string, int> Destinations { get; private set; } = [];

    public List<int> Counties { get; private set; } = [];

    public List<int> Sections { get; private set; } = [];

    public Dictionary<string, List<int>> MajorsByLevel { get; private set; } = [];

    public async Task FillAsync(int studentsPerSchool, int graduatesPerSchool, CancellationToken ct)
    {
        LinqToDBForEFTools.Initialize();
        Counties = await db.DimRegions.Where(r => r.RegionLevel == "county" && r.ProvinceCode == "44").Select(r => r.RegionKey).ToListAsync(ct).ConfigureAwait(false);
        Destinations = await db.DimDestinations.Where(d => d.DestinationKey > 0).ToDictionaryAsync(d => d.DestinationCode, d => d.DestinationKey, ct).ConfigureAwait(false);
        Sections = await db.DimIndustries.Where(i => i.IndustryKey > 0).Select(i => i.IndustryKey).ToListAsync(ct).ConfigureAwait(false);
        MajorsByLevel = (await db.DimMajors.Where(m => m.MajorKey > 0).Select(m => new { m.Level, m.MajorKey }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(m => m.Level).ToDictionary(g => g.Key, g => g.Select(m => m.MajorKey).ToList());
        var countyCodes = await db.DimRegions.Where(r => r.RegionLevel == "county" && r.ProvinceCode == "44").ToDictionaryAsync(r => r.RegionKey, r => r.RegionCode, ct).ConfigureAwait(false);
        for (var i = 0; i < schools; i++)
        {
            var county = Counties[_random.Next(Counties.Count)];
            var school = new DimSchool
            {
                SchoolCode = $"44{i:D8}",
                SchoolName = $"广东合成职业学校{i}",
                SchoolType = _types[i % _types.Length],
                Sponsor = "public",
                CountyCode = countyCodes[county],
                RegionKey = county,
                ValidFrom = 2000,
                ValidTo = DimSchool.OpenEnded,
                IsCurrent = true,
            };
            Schools.Add(school);
        }

        db.DimSchools.AddRange(Schools);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var received = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var submissions = new Dictionary<(string, string), EtlSubmission>();
        foreach (var school in Schools)
        {
            foreach (var kind in new[] { "enrollment", "graduate_destination", "school_profile" })
            {
                submissions[(kind, school.SchoolCode)] = Submission(kind, school.SchoolCode, kind == "graduate_destination" ? Year + 1 : Year, received);
            }
        }

        var regional = Submission("regional_industry", "44", Year, received);
        db.EtlSubmissions.AddRange(submissions.Values);
        db.EtlSubmissions.Add(regional);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var copy = new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific, MaxBatchSize = 50_000 };
        await db.BulkCopyAsync(copy, Schools.SelectMany(s => Students(s, submissions[("enrollment", s.SchoolCode)].SubmissionId, studentsPerSchool)), ct).ConfigureAwait(false);
        await db.BulkCopyAsync(copy, Schools.SelectMany(s => Graduates(s, submissions[("graduate_destination", s.SchoolCode)].SubmissionId, graduatesPerSchool, 0)), ct).ConfigureAwait(false);
        await db.BulkCopyAsync(copy, Schools.Select(s => Profile(s, submissions[("school_profile", s.SchoolCode)].SubmissionId)), ct).ConfigureAwait(false);
        var province = await db.DimRegions.Where(r => r.RegionCode == "44").Select(r => r.RegionKey).SingleAsync(ct).ConfigureAwait(false);
        await db.BulkCopyAsync(copy, Sections.Select((s, i) => new FactRegionalIndustry
        {
            SubmissionId = regional.SubmissionId,
            SourceRowNumber = i + 2,
            Year = Year,
            RegionKey = province,
            IndustryKey = s,
            ValueAdded100mYuan = 100 + (37 * i % 900),
            Employment10k = 10 + (13 * i % 90),
            Priority = i % 4 == 0 ? "strategic_emerging" : "none",
        }), ct).ConfigureAwait(false);
    }

    public static EtlSubmission Submission(string kind, string submitter, int year, DateTime at) => new()
    {
        Kind = kind,
        SubmitterCode = submitter,
        Year = year,
        ContentHash = Guid.NewGuid().ToString("N"),
        FileName = $"{kind}-{submitter}.csv",
        ReceivedAt = at,
        Version = 1,
        Status = "loaded",
        StatusChangedAt = at,
    };

    public IEnumerable<FactGraduateOutcome> Graduates(DimSchool school, long submissionId, int count, int salt)
    {
        var majors = MajorsByLevel.GetValueOrDefault(school.SchoolType) ?? MajorsByLevel["associate"];
        var codes = Destinations.Keys.ToArray();
        for (var i = 0; i < count; i++)
        {
            var code = codes[(_random.Next(codes.Length) + salt) % codes.Length];
            var employed = code is "10" or "11" or "12" or "27" or "46" or "50" or "51" or "75" or "76";
            yield return new FactGraduateOutcome
            {
                SubmissionId = submissionId,
                SourceRowNumber = i + 2,
                GraduationYear = Year + 1,
                SchoolKey = school.SchoolKey,
                MajorKey = majors[_random.Next(majors.Count)],
                StudentPseudonym = Pseudonym('g', school.SchoolKey, salt, i),
                DestinationKey = Destinations[code],
                EmployerIndustryKey = employed ? Sections[_random.Next(Sections.Count)] : DimIndustry.NotApplicableKey,
                EmployerRegionKey = employed ? Counties[_random.Next(Counties.Count)] : DimRegion.NotApplicableKey,
                MonthlySalaryYuan = employed ? 2500 + (100 * _random.Next(80)) : null,
                JobRelated = employed ? _random.Next(3) > 0 : null,
                SurveyDateKey = -1,
            };
        }
    }

    private IEnumerable<FactEnrollment> Students(DimSchool school, long submissionId, int count)
    {
        var majors = MajorsByLevel.GetValueOrDefault(school.SchoolType) ?? MajorsByLevel["associate"];
        for (var i = 0; i < count; i++)
        {
            yield return new FactEnrollment
            {
                SubmissionId = submissionId,
                SourceRowNumber = i + 2,
                AcademicYear = Year,
                SchoolKey = school.SchoolKey,
                MajorKey = majors[_random.Next(majors.Count)],
                StudentPseudonym = Pseudonym('s', school.SchoolKey, 0, i),
                EntryYear = Year - (i % 3),
                Grade = 1 + (i % 3),
                Gender = i % 2 == 0 ? "F" : "M",
                BirthYear = 2007,
                HomeRegionKey = DimRegion.UnknownKey,
                Route = "regular",
                Status = _statuses[_random.Next(_statuses.Length)],
            };
        }
    }

    private FactSchoolResources Profile(DimSchool school, long submissionId) => new()
    {
        SubmissionId = submissionId,
        SourceRowNumber = 2,
        AcademicYear = Year,
        SchoolKey = school.SchoolKey,
        StudentsTotal = 2000 + _random.Next(1000),
        FulltimeTeachers = 100 + _random.Next(50),
        DualQualifiedTeachers = 50 + _random.Next(40),
        ParttimeTeachers = _random.Next(40),
        EquipmentValueYuan = 5_000_000 + _random.Next(5_000_000),
    };

    /// <summary>A stand-in pseudonym, 32 bytes: unique per kind, school, salt and row, as the text ones were.</summary>
    private static byte[] Pseudonym(char kind, int schoolKey, int salt, int row)
    {
        var bytes = new byte[32];
        bytes[0] = (byte)kind;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), schoolKey);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), salt);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), row);
        return bytes;
    }
}
