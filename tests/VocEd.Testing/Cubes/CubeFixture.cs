using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Admin;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Facts;
using VocEd.Warehouse.Reference;

namespace VocEd.Testing.Cubes;

/// <summary>
/// A small hand-built warehouse (academic year 2024, graduation year 2025) whose cube values are
/// computed by hand in the tests:
/// S1 associate, 广州天河 440106: 6 students of 510203 (category 51: I 0.7, C 0.3), 1 dropped; 6 graduates
///    (10 I 广州 5000 related; 11 C 深圳 6000 not related; 75 H 南宁 4000 related; 80; 70; 85);
///    profile 1000 students, 50 full-time, 20 part-time, 30 dual-qualified, 5,000,000 yuan.
/// S2 secondary, 深圳福田 440304: 4 students of 720201 (category 52: Q 1.0); 2 graduates (12 Q 深圳 3000; 12 Q 广州 3500, both related);
///    profile 500, 40, 0, 10, 1,000,000.
/// S3 associate, 南宁兴宁 450102: 5 students of 510203, 2 dropped; 1 graduate (70); profile 300, 0, 0, 0, 0.
/// S4 technical, 广州天河: 2 students of technical 0127 (机械类: C 1.0); no profile, no graduates.
/// regional_industry 2024: 44 value added C 100 I 50 Q 30 F 20, employment C 10 I 2 Q 3 F 5, I strategic_emerging;
///    45 value added C 40 A 40 Q 20, employment C 4 A 10 Q 2, A key. No national file.
/// The Add… helpers take a fact's year from its submission (academic, graduation or calendar year).
/// </summary>
public static class CubeFixture
{
    public const int Year = 2024;
    public const int GraduationYear = 2025;
    private static readonly ReferenceDataSet _reference = ReferenceDataSet.Load();
    private static readonly ConditionalWeakTable<EtlSubmission, StrongBox<int>> _rows = [];
    private static readonly DateTime _received = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The PostgreSQL server of the calling test assembly's SetUpFixture (set it before asking for a PostgreSQL warehouse).</summary>
    public static PostgresServer? Postgres { get; set; }

    public static async Task<WarehouseOptions> CreateAsync(WarehouseProvider provider, TempDirectory temp, string name = "cubes.db")
    {
        ArgumentNullException.ThrowIfNull(temp);
        var options = provider switch
        {
            WarehouseProvider.Sqlite => TestWarehouses.Sqlite(temp, name),
            WarehouseProvider.Postgres => await TestWarehouses.PostgresAsync(Postgres ?? throw new InvalidOperationException("set CubeFixture.Postgres in a SetUpFixture")),
            _ => TestWarehouses.SqlServerOrIgnore(),
        };
        await new WarehouseMigrator(options, _reference, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return options;
    }

    public static async Task<WarehouseOptions> CreateWithFactsAsync(WarehouseProvider provider, TempDirectory temp, string name = "cubes.db")
    {
        var options = await CreateAsync(provider, temp, name);
        await using var db = WarehouseDbContextFactory.Create(options);
        var k = await Keys.ReadAsync(db);
        var s1 = await AddSchoolAsync(db, "4400000001", "广州软件职业技术学院", "associate", "440106", k);
        var s2 = await AddSchoolAsync(db, "4400000002", "深圳卫生学校", "secondary", "440304", k);
        var s3 = await AddSchoolAsync(db, "4500000003", "南宁职业技术学院", "associate", "450102", k);
        var s4 = await AddSchoolAsync(db, "4400000004", "广州技师学院", "technical", "440106", k);

        var e1 = Submission(db, "enrollment", s1.SchoolCode, Year);
        var e2 = Submission(db, "enrollment", s2.SchoolCode, Year);
        var e3 = Submission(db, "enrollment", s3.SchoolCode, Year);
        var e4 = Submission(db, "enrollment", s4.SchoolCode, Year);
        var g1 = Submission(db, "graduate_destination", s1.SchoolCode, GraduationYear);
        var g2 = Submission(db, "graduate_destination", s2.SchoolCode, GraduationYear);
        var g3 = Submission(db, "graduate_destination", s3.SchoolCode, GraduationYear);
        var p1 = Submission(db, "school_profile", s1.SchoolCode, Year);
        var p2 = Submission(db, "school_profile", s2.SchoolCode, Year);
        var p3 = Submission(db, "school_profile", s3.SchoolCode, Year);
        var r44 = Submission(db, "regional_industry", "44", Year);
        var r45 = Submission(db, "regional_industry", "45", Year);
        await db.SaveChangesAsync();

        AddStudents(db, e1, s1, k.Major["510203"], 6, dropped: 1);
        AddStudents(db, e2, s2, k.Major["720201"], 4, dropped: 0);
        AddStudents(db, e3, s3, k.Major["510203"], 5, dropped: 2);
        AddStudents(db, e4, s4, k.Major["0127"], 2, dropped: 0);

        var software = k.Major["510203"];
        AddGraduate(db, g1, s1, software, k, "10", "I", "440106", 5000m, true);
        AddGraduate(db, g1, s1, software, k, "11", "C", "440304", 6000m, false);
        AddGraduate(db, g1, s1, software, k, "75", "H", "450102", 4000m, true);
        AddGraduate(db, g1, s1, software, k, "80");
        AddGraduate(db, g1, s1, software, k, "70");
        AddGraduate(db, g1, s1, software, k, "85");
        AddGraduate(db, g2, s2, k.Major["720201"], k, "12", "Q", "440304", 3000m, true);
        AddGraduate(db, g2, s2, k.Major["720201"], k, "12", "Q", "440106", 3500m, true);
        AddGraduate(db, g3, s3, software, k, "70");

        AddProfile(db, p1, s1, 1000, 50, 20, 30, 5_000_000m);
        AddProfile(db, p2, s2, 500, 40, 0, 10, 1_000_000m);
        AddProfile(db, p3, s3, 300, 0, 0, 0, 0m);

        AddIndustry(db, r44, k, "44", ("C", 100m, 10m, "none"), ("I", 50m, 2m, "strategic_emerging"), ("Q", 30m, 3m, "none"), ("F", 20m, 5m, "none"));
        AddIndustry(db, r45, k, "45", ("C", 40m, 4m, "none"), ("A", 40m, 10m, "key"), ("Q", 20m, 2m, "none"));
        await db.SaveChangesAsync();
        return options;
    }

    public static async Task<DimSchool> AddSchoolAsync(WarehouseDbContext db, string code, string name, string type, string county, Keys k)
    {
        var school = new DimSchool
        {
            SchoolCode = code,
            SchoolName = name,
            SchoolType = type,
            Sponsor = "public",
            CountyCode = county,
            RegionKey = k.Region[county],
            ValidFrom = 2000,
            ValidTo = DimSchool.OpenEnded,
            IsCurrent = true,
        };
        db.DimSchools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    public static EtlSubmission Submission(WarehouseDbContext db, string kind, string submitter, int year, DateTime? changedAt = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var saved = db.EtlSubmissions.Where(x => x.Kind == kind && x.SubmitterCode == submitter && x.Year == year).Max(x => (int?)x.Version) ?? 0;
        var tracked = db.EtlSubmissions.Local.Where(x => x.Kind == kind && x.SubmitterCode == submitter && x.Year == year).Select(x => x.Version).DefaultIfEmpty(0).Max();
        var s = new EtlSubmission
        {
            Kind = kind,
            SubmitterCode = submitter,
            Year = year,
            ContentHash = Guid.NewGuid().ToString("N"),
            FileName = $"{kind}-{submitter}-{year}.csv",
            ReceivedAt = _received,
            Version = Math.Max(saved, tracked) + 1,
            Status = "loaded",
            StatusChangedAt = changedAt ?? _received,
        };
        db.EtlSubmissions.Add(s);
        return s;
    }

    /// <summary>The next data row of the submission (2, 3, …): (submission_id, source_row_number) is a fact table's key.</summary>
    public static int NextRow(EtlSubmission submission) => _rows.GetValue(submission, _ => new StrongBox<int>(1)).Value++ + 1;

    public static void AddStudents(WarehouseDbContext db, EtlSubmission submission, DimSchool school, int majorKey, int count, int dropped)
    {
        for (var i = 0; i < count; i++)
        {
            db.FactEnrollments.Add(new FactEnrollment
            {
                SubmissionId = submission.SubmissionId,
                SourceRowNumber = NextRow(submission),
                AcademicYear = submission.Year ?? Year,
                SchoolKey = school.SchoolKey,
                MajorKey = majorKey,
                StudentPseudonym = TestPseudonyms.Of($"{school.SchoolCode}-{submission.SubmissionId}-{i}"),
                EntryYear = submission.Year ?? Year,
                Grade = 1,
                Gender = i % 2 == 0 ? "F" : "M",
                BirthYear = 2008,
                HomeRegionKey = DimRegion.UnknownKey,
                Route = "regular",
                Status = i < dropped ? "dropped" : "enrolled",
            });
        }
    }

    public static void AddGraduate(
        WarehouseDbContext db, EtlSubmission submission, DimSchool school, int majorKey, Keys k, string destination,
        string? section = null, string? employerCounty = null, decimal? salary = null, bool? related = null)
    {
        db.FactGraduateOutcomes.Add(new FactGraduateOutcome
        {
            SubmissionId = submission.SubmissionId,
            SourceRowNumber = NextRow(submission),
            GraduationYear = submission.Year ?? GraduationYear,
            SchoolKey = school.SchoolKey,
            MajorKey = majorKey,
            StudentPseudonym = TestPseudonyms.Of(Guid.NewGuid().ToString("N")),
            DestinationKey = k.Destination[destination],
            EmployerIndustryKey = section is null ? DimIndustry.NotApplicableKey : k.Industry[section],
            EmployerRegionKey = employerCounty is null ? DimRegion.NotApplicableKey : k.Region[employerCounty],
            MonthlySalaryYuan = salary,
            JobRelated = related,
            SurveyDateKey = -1,
        });
    }

    public static void AddProfile(WarehouseDbContext db, EtlSubmission submission, DimSchool school, int students, int fulltime, int parttime, int dual, decimal equipment) =>
        db.FactSchoolResources.Add(new FactSchoolResources
        {
            SubmissionId = submission.SubmissionId,
            SourceRowNumber = NextRow(submission),
            AcademicYear = submission.Year ?? Year,
            SchoolKey = school.SchoolKey,
            StudentsTotal = students,
            FulltimeTeachers = fulltime,
            ParttimeTeachers = parttime,
            DualQualifiedTeachers = dual,
            EquipmentValueYuan = equipment,
        });

    public static void AddIndustry(WarehouseDbContext db, EtlSubmission submission, Keys k, string region, params (string Section, decimal ValueAdded, decimal Employment, string Priority)[] rows)
    {
        foreach (var (section, valueAdded, employment, priority) in rows)
        {
            db.FactRegionalIndustries.Add(new FactRegionalIndustry
            {
                SubmissionId = submission.SubmissionId,
                SourceRowNumber = NextRow(submission),
                Year = submission.Year ?? Year,
                RegionKey = k.Region[region],
                IndustryKey = k.Industry[section],
                ValueAdded100mYuan = valueAdded,
                Employment10k = employment,
                Priority = priority,
            });
        }
    }

    /// <summary>Surrogate keys of the seeded dimensions, by natural key.</summary>
    public sealed record Keys(
        Dictionary<string, int> Region, Dictionary<string, int> Major, Dictionary<string, int> Destination, Dictionary<string, int> Industry)
    {
        public static async Task<Keys> ReadAsync(WarehouseDbContext db) => new(
            await db.DimRegions.ToDictionaryAsync(r => r.RegionCode, r => r.RegionKey),
            (await db.DimMajors.Where(m => m.MajorKey > 0).ToListAsync()).GroupBy(m => m.MajorCode).ToDictionary(g => g.Key, g => g.First().MajorKey),
            await db.DimDestinations.ToDictionaryAsync(d => d.DestinationCode, d => d.DestinationKey),
            await db.DimIndustries.ToDictionaryAsync(i => i.SectionCode, i => i.IndustryKey));
    }
}
