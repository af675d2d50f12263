using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Testing;

/// <summary>
/// Every dim_, bridge_, stg_ and fact_ table of a warehouse as sorted lines of natural keys and business columns, for
/// comparing two warehouses (or one before and after): surrogate keys become the natural key they point to (a
/// school version is <c>code@valid_from</c>), submission ids become the submission's file name, and identity
/// ids and timestamps are left out. Seeded reference dimensions are compared column for column, their surrogate keys left out.
/// </summary>
public static class WarehouseSnapshot
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TakeAsync(WarehouseOptions options)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var tables = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var schools = await db.DimSchools.AsNoTracking().ToDictionaryAsync(s => s.SchoolKey, s => s.SchoolKey < 0 ? "unknown" : Inv($"{s.SchoolCode}@{s.ValidFrom}"));
        var majors = await db.DimMajors.AsNoTracking().ToDictionaryAsync(m => m.MajorKey, m => $"{m.CatalogCode}|{m.CatalogVersion}|{m.MajorCode}");
        var regions = await db.DimRegions.AsNoTracking().ToDictionaryAsync(r => r.RegionKey, r => r.RegionCode);
        var industries = await db.DimIndustries.AsNoTracking().ToDictionaryAsync(i => i.IndustryKey, i => i.SectionCode);
        var destinations = await db.DimDestinations.AsNoTracking().ToDictionaryAsync(d => d.DestinationKey, d => d.DestinationCode);
        var files = await db.EtlSubmissions.AsNoTracking().ToDictionaryAsync(s => s.SubmissionId, s => s.FileName);
        string File(long? id) => id is { } i ? files.GetValueOrDefault(i, "?") : "-";

        tables["dim_school"] = Sorted((await db.DimSchools.AsNoTracking().ToListAsync()).Select(s => Inv(
            $"{s.SchoolCode}|{s.SchoolName}|{s.SchoolType}|{s.Sponsor}|{s.OwnerLevel}|{s.CountyCode}|{regions.GetValueOrDefault(s.RegionKey)}|{s.Designations}|{s.ValidFrom}|{s.ValidTo}|{s.IsCurrent}|{File(s.SubmissionId)}|{s.SourceRowNumber}")));
        tables["stg_school_profile"] = Sorted((await db.StgSchoolProfiles.AsNoTracking().ToListAsync()).Select(s => Inv(
            $"{s.SchoolCode}|{s.AcademicYear}|{s.SchoolName}|{s.SchoolType}|{s.Sponsor}|{s.OwnerLevel}|{s.CountyCode}|{s.Designations}|{File(s.SubmissionId)}|{s.SourceRowNumber}")));
        tables["fact_enrollment"] = Sorted(db.FactEnrollments.AsNoTracking().AsEnumerable().Select(f => Inv(
            $"{File(f.SubmissionId)}|{f.SourceRowNumber}|{f.AcademicYear}|{schools.GetValueOrDefault(f.SchoolKey)}|{majors.GetValueOrDefault(f.MajorKey)}|{Convert.ToHexString(f.StudentPseudonym)}|{f.PseudonymKeyVersion}|{f.EntryYear}|{f.Grade}|{f.Gender}|{f.BirthYear}|{regions.GetValueOrDefault(f.HomeRegionKey)}|{f.Route}|{f.Status}|{f.TrainingLevel}|{f.EntryLevel}|{f.HasWarnings}")));
        tables["fact_graduate_outcome"] = Sorted(db.FactGraduateOutcomes.AsNoTracking().AsEnumerable().Select(f => Inv(
            $"{File(f.SubmissionId)}|{f.SourceRowNumber}|{f.GraduationYear}|{schools.GetValueOrDefault(f.SchoolKey)}|{majors.GetValueOrDefault(f.MajorKey)}|{Convert.ToHexString(f.StudentPseudonym)}|{f.PseudonymKeyVersion}|{destinations.GetValueOrDefault(f.DestinationKey)}|{f.EmployerDivision}|{industries.GetValueOrDefault(f.EmployerIndustryKey)}|{regions.GetValueOrDefault(f.EmployerRegionKey)}|{f.MonthlySalaryYuan}|{f.JobRelated}|{f.SurveyDateKey}|{f.HasWarnings}")));
        tables["fact_school_resources"] = Sorted((await db.FactSchoolResources.AsNoTracking().ToListAsync()).Select(f => Inv(
            $"{File(f.SubmissionId)}|{f.SourceRowNumber}|{f.AcademicYear}|{schools.GetValueOrDefault(f.SchoolKey)}|{f.StudentsTotal}|{f.FulltimeTeachers}|{f.DualQualifiedTeachers}|{f.ParttimeTeachers}|{f.ParttimeTeachingHours}|{f.EquipmentValueYuan}|{f.PracticeWorkstations}|{f.PartnerEnterprises}|{f.HasWarnings}")));
        tables["fact_regional_industry"] = Sorted((await db.FactRegionalIndustries.AsNoTracking().ToListAsync()).Select(f => Inv(
            $"{File(f.SubmissionId)}|{f.SourceRowNumber}|{f.Year}|{regions.GetValueOrDefault(f.RegionKey)}|{industries.GetValueOrDefault(f.IndustryKey)}|{f.ValueAdded100mYuan}|{f.Employment10k}|{f.Priority}|{f.HasWarnings}")));

        // Every other dim_/bridge_ table is seeded reference data: all columns, as stored.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => (t.StartsWith("dim_", StringComparison.Ordinal) || t.StartsWith("bridge_", StringComparison.Ordinal)) && !tables.ContainsKey(t)))
        {
            tables[table] = Sorted(await AllRowsAsync(connection, table));
        }

        return tables;
    }

    /// <summary>The names of the tables whose lines differ, with a few differing lines each.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, IReadOnlyList<string>> expected, IReadOnlyDictionary<string, IReadOnlyList<string>> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        foreach (var (table, lines) in expected)
        {
            var other = actual.GetValueOrDefault(table) ?? [];
            if (!lines.SequenceEqual(other))
            {
                var missing = lines.Except(other).Take(3);
                var extra = other.Except(lines).Take(3);
                differences.Add($"{table}: {lines.Count} vs {other.Count} rows; missing [{string.Join("; ", missing)}]; extra [{string.Join("; ", extra)}]");
            }
        }

        return differences;
    }

    private static async Task<List<string>> AllRowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select * from {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        var values = new object[reader.FieldCount];

        // Surrogate keys (`*_key`) depend on identity values a rolled-back seed may have used up: compare the rest.
        var kept = Enumerable.Range(0, reader.FieldCount).Where(i => !reader.GetName(i).EndsWith("_key", StringComparison.Ordinal)).ToList();
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows.Add(string.Join('|', kept.Select(i => Convert.ToString(values[i], CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string> Sorted(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
