using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Etl.Conform;

/// <summary>
/// Rebuilds one school's type-2 history in dim_school from its stg_school_profile rows (one per academic year):
/// consecutive years with the same type, sponsor, county and designations form one version (valid_from = its first
/// year, valid_to = the next version's valid_from − 1, the last open-ended and current); the name is type 1 (every
/// version takes the latest year's name). Existing rows are reconciled by valid_from (updated in place, new ones
/// inserted, extra ones deleted), and when the year → version mapping changed, the school's fact rows are
/// re-pointed to the version valid in their academic year (a year before the first version takes the first).
/// Runs inside the caller's transaction, in hand-written SQL: one round trip reads the schools' staged years and
/// versions (and, for a load, stages its rows first), one writes what changed — EF's two tracked queries and two
/// SaveChanges per file cost a school_profile file most of its client time and its first use most of the run's JIT.
/// </summary>
public sealed class SchoolVersioner(DimensionKeys keys)
{
    /// <summary>Staged rows per statement batch (ten parameters each, well under SQL Server's 2,100).</summary>
    private const int _rowsPerBatch = 100;

    private const string _stagedColumns = "school_code, academic_year, school_name, school_type, sponsor, owner_level, county_code, designations, submission_id, source_row_number";
    private const string _versionColumns = "school_code, school_name, school_type, sponsor, owner_level, county_code, region_key, designations, valid_from, valid_to, is_current, submission_id, source_row_number";

    /// <summary>Rebuilds the versions of <paramref name="schoolCode"/>; returns true when fact rows were re-pointed.</summary>
    public async Task<bool> RebuildAsync(WarehouseDbContext db, string schoolCode, CancellationToken ct) =>
        (await RebuildWithVersionsAsync(db, schoolCode, ct).ConfigureAwait(false)).Repointed;

    /// <summary>
    /// <see cref="RebuildAsync"/>, also returning the school's versions after it (valid from, valid to, key) and its
    /// latest year's staged profile, so the caller needs no second read of either.
    /// </summary>
    public async Task<SchoolRebuild> RebuildWithVersionsAsync(WarehouseDbContext db, string schoolCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schoolCode);
        return (await StageAndRebuildAsync(db, [], [schoolCode], ct).ConfigureAwait(false))[schoolCode];
    }

    /// <summary>
    /// Stages <paramref name="staged"/> in stg_school_profile — a row of the same (school, year) already there, left by
    /// anything but a submission the caller replaced, gives way: the new one wins — then rebuilds the versions of
    /// <paramref name="schoolCodes"/> (the staged schools and any whose rows the caller removed).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SchoolRebuild>> StageAndRebuildAsync(WarehouseDbContext db, IReadOnlyList<StgSchoolProfile> staged,
        IReadOnlyList<string> schoolCodes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(staged);
        ArgumentNullException.ThrowIfNull(schoolCodes);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        for (var from = 0; from + _rowsPerBatch < staged.Count; from += _rowsPerBatch)
        {
            await ReadAsync(db, Chunk(staged, from), [], ct).ConfigureAwait(false); // all but the last batch of a (rare) large file
        }

        var codes = schoolCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (years, existing) = await ReadAsync(db, Chunk(staged, Math.Max(0, (staged.Count - 1) / _rowsPerBatch * _rowsPerBatch)), codes, ct).ConfigureAwait(false);
        var rebuilt = new Dictionary<string, SchoolRebuild>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            rebuilt[code] = await ApplyAsync(db, years.GetValueOrDefault(code) ?? [], existing.GetValueOrDefault(code) ?? [], ct).ConfigureAwait(false);
        }

        return rebuilt;
    }

    private static List<StgSchoolProfile> Chunk(IReadOnlyList<StgSchoolProfile> rows, int from) =>
        [.. rows.Skip(from).Take(_rowsPerBatch)];

    /// <summary>
    /// One round trip: stages <paramref name="staged"/> (the deletes first, then the inserts), then reads the staged years
    /// and the dim_school versions of <paramref name="codes"/>, each in order.
    /// </summary>
    private static async Task<(Dictionary<string, List<StgSchoolProfile>> Years, Dictionary<string, List<DimSchool>> Versions)> ReadAsync(
        WarehouseDbContext db, List<StgSchoolProfile> staged, List<string> codes, CancellationToken ct)
    {
        var parameters = new List<(string, object?)>();
        for (var i = 0; i < staged.Count; i++)
        {
            var row = staged[i];
            parameters.AddRange([($"@c{i}", row.SchoolCode), ($"@y{i}", row.AcademicYear), ($"@n{i}", row.SchoolName), ($"@t{i}", row.SchoolType),
                ($"@s{i}", row.Sponsor), ($"@o{i}", row.OwnerLevel), ($"@k{i}", row.CountyCode), ($"@d{i}", row.Designations),
                ($"@b{i}", row.SubmissionId), ($"@r{i}", row.SourceRowNumber)]);
        }

        parameters.AddRange(codes.Select((code, j) => ($"@school{j}", (object?)code)));
        var years = new Dictionary<string, List<StgSchoolProfile>>(StringComparer.Ordinal);
        var versions = new Dictionary<string, List<DimSchool>>(StringComparer.Ordinal);
        if (staged.Count + codes.Count == 0)
        {
            return (years, versions);
        }

        await using var command = SqlCommands.Create(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), ReadSql(staged.Count, codes.Count), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (codes.Count == 0)
        {
            return (years, versions);
        }

        // Past the results of the staging statements (none have columns) to the two selects.
        await SqlCommands.SkipToColumnsAsync(reader, ct).ConfigureAwait(false);

        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = new StgSchoolProfile
            {
                StgSchoolProfileId = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                SchoolCode = reader.GetString(1),
                AcademicYear = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                SchoolName = reader.GetString(3),
                SchoolType = reader.GetString(4),
                Sponsor = reader.GetString(5),
                OwnerLevel = NullableText(reader, 6),
                CountyCode = reader.GetString(7),
                Designations = NullableText(reader, 8),
                SubmissionId = Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture),
                SourceRowNumber = Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture),
            };
            Add(years, row.SchoolCode, row);
        }

        await reader.NextResultAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var version = new DimSchool
            {
                SchoolKey = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                SchoolCode = reader.GetString(1),
                SchoolName = reader.GetString(2),
                SchoolType = reader.GetString(3),
                Sponsor = reader.GetString(4),
                OwnerLevel = NullableText(reader, 5),
                CountyCode = reader.GetString(6),
                RegionKey = Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
                Designations = NullableText(reader, 8),
                ValidFrom = Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
                ValidTo = Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture),
                IsCurrent = Convert.ToBoolean(reader.GetValue(11), CultureInfo.InvariantCulture),
                SubmissionId = reader.IsDBNull(12) ? null : Convert.ToInt64(reader.GetValue(12), CultureInfo.InvariantCulture),
                SourceRowNumber = reader.IsDBNull(13) ? null : Convert.ToInt32(reader.GetValue(13), CultureInfo.InvariantCulture),
            };
            Add(versions, version.SchoolCode, version);
        }

        return (years, versions);

        static void Add<T>(Dictionary<string, List<T>> lists, string code, T item)
        {
            if (!lists.TryGetValue(code, out var list))
            {
                lists[code] = list = [];
            }

            list.Add(item);
        }
    }

    /// <summary>
    /// The reading batch: <paramref name="staged"/> rows staged (every delete, then every insert; parameters @c0, @y0 …),
    /// then for <paramref name="codes"/> schools (@school0 …) their staged years and their versions, each in order.
    /// </summary>
    internal static string ReadSql(int staged, int codes)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < staged; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"delete from stg_school_profile where school_code = @c{i} and academic_year = @y{i};\n");
        }

        for (var i = 0; i < staged; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"insert into stg_school_profile ({_stagedColumns}) values (@c{i}, @y{i}, @n{i}, @t{i}, @s{i}, @o{i}, @k{i}, @d{i}, @b{i}, @r{i});\n");
        }

        if (codes > 0)
        {
            var list = string.Join(", ", Enumerable.Range(0, codes).Select(j => $"@school{j}"));
            sql.Append(CultureInfo.InvariantCulture, $"select stg_school_profile_id, {_stagedColumns} from stg_school_profile where school_code in ({list}) order by school_code, academic_year;\n");
            sql.Append(CultureInfo.InvariantCulture, $"select school_key, {_versionColumns} from dim_school where school_code in ({list}) order by school_code, valid_from;\n");
        }

        return sql.ToString();
    }

    private static string? NullableText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// Reconciles one school's dim_school rows with the versions its years make, in one round trip when anything
    /// changed (deletes, updates, then inserts returning the new keys), and re-points its facts when the year →
    /// version mapping changed.
    /// </summary>
    private async Task<SchoolRebuild> ApplyAsync(WarehouseDbContext db, List<StgSchoolProfile> years, List<DimSchool> existing, CancellationToken ct)
    {
        var before = existing.Select(s => (s.SchoolKey, s.ValidFrom, s.ValidTo)).ToList();
        var desired = Versions(years);
        var byFrom = existing.ToDictionary(s => s.ValidFrom);
        var kept = new List<DimSchool>();
        var updates = new List<DimSchool>();
        var inserts = new List<DimSchool>();
        foreach (var version in desired)
        {
            if (byFrom.Remove(version.ValidFrom, out var row))
            {
                if (!SameRow(version, row))
                {
                    Copy(version, row);
                    updates.Add(row);
                }

                kept.Add(row);
            }
            else
            {
                inserts.Add(version);
                kept.Add(version);
            }
        }

        await WriteAsync(db, [.. byFrom.Values], updates, inserts, ct).ConfigureAwait(false);

        var after = kept.Select(s => (s.SchoolKey, s.ValidFrom, s.ValidTo)).ToList();
        var result = new SchoolRebuild(false, [.. after.Select(a => (a.ValidFrom, a.ValidTo, a.SchoolKey))], years.Count > 0 ? years[^1] : null);
        if (before.Count == 0 || before.SequenceEqual(after))
        {
            // A new school has no facts yet (their rows were rejected as unknown_school); an unchanged mapping needs nothing.
            return result;
        }

        var schoolKeys = before.Select(b => b.SchoolKey).Concat(after.Select(a => a.SchoolKey)).Distinct().ToList();
        await RepointAsync(db, schoolKeys, after, ct).ConfigureAwait(false);
        return result with { Repointed = true };
    }

    /// <summary>The deletes, updates and inserts of one school's versions in one batch; the inserted rows get their new keys.</summary>
    private static async Task WriteAsync(WarehouseDbContext db, List<DimSchool> deletes, List<DimSchool> updates, List<DimSchool> inserts, CancellationToken ct)
    {
        if (deletes.Count + updates.Count + inserts.Count == 0)
        {
            return;
        }

        var parameters = new List<(string, object?)>();
        var n = 0;
        foreach (var row in deletes)
        {
            parameters.Add(($"@key{n++}", row.SchoolKey));
        }

        foreach (var row in updates)
        {
            AddValues(row);
            parameters.Add(($"@key{n++}", row.SchoolKey));
        }

        foreach (var row in inserts)
        {
            AddValues(row);
            parameters.AddRange([($"@c{n}", row.SchoolCode), ($"@from{n}", row.ValidFrom)]);
            n++;
        }

        var sql = WriteSql(db.Provider == WarehouseProvider.SqlServer, deletes.Count, updates.Count, inserts.Count);
        await using var command = SqlCommands.Create(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        foreach (var row in inserts)
        {
            if (!await SqlCommands.SkipToColumnsAsync(reader, ct).ConfigureAwait(false) || !await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"dim_school: no key returned for {row.SchoolCode} from {row.ValidFrom}");
            }

            row.SchoolKey = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            await reader.NextResultAsync(ct).ConfigureAwait(false);
        }

        void AddValues(DimSchool row) => parameters.AddRange([($"@n{n}", row.SchoolName), ($"@t{n}", row.SchoolType), ($"@s{n}", row.Sponsor),
            ($"@o{n}", row.OwnerLevel), ($"@k{n}", row.CountyCode), ($"@g{n}", row.RegionKey), ($"@d{n}", row.Designations), ($"@to{n}", row.ValidTo),
            ($"@cur{n}", row.IsCurrent), ($"@b{n}", row.SubmissionId), ($"@r{n}", row.SourceRowNumber)]);
    }

    /// <summary>
    /// The writing batch: <paramref name="deletes"/> deletes, <paramref name="updates"/> updates, then
    /// <paramref name="inserts"/> inserts each returning the new school_key (SQL Server: OUTPUT), numbered on from 0
    /// in that order (@key0 …; @n0, @t0 … for the values).
    /// </summary>
    internal static string WriteSql(bool sqlServer, int deletes, int updates, int inserts)
    {
        var sql = new StringBuilder();
        var n = 0;
        for (var i = 0; i < deletes; i++, n++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"delete from dim_school where school_key = @key{n};\n");
        }

        for (var i = 0; i < updates; i++, n++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                update dim_school set school_name = @n{n}, school_type = @t{n}, sponsor = @s{n}, owner_level = @o{n}, county_code = @k{n}, region_key = @g{n},
                    designations = @d{n}, valid_to = @to{n}, is_current = @cur{n}, submission_id = @b{n}, source_row_number = @r{n} where school_key = @key{n};

                """);
        }

        for (var i = 0; i < inserts; i++, n++)
        {
            var values = $"values (@c{n}, @n{n}, @t{n}, @s{n}, @o{n}, @k{n}, @g{n}, @d{n}, @from{n}, @to{n}, @cur{n}, @b{n}, @r{n})";
            sql.Append(sqlServer
                ? $"insert into dim_school ({_versionColumns}) output inserted.school_key {values};\n"
                : $"insert into dim_school ({_versionColumns}) {values} returning school_key;\n");
        }

        return sql.ToString();
    }

    /// <summary>Whether an existing row already holds every attribute of the version (then it is not written).</summary>
    private static bool SameRow(DimSchool version, DimSchool row) =>
        string.Equals(version.SchoolName, row.SchoolName, StringComparison.Ordinal)
        && string.Equals(version.SchoolType, row.SchoolType, StringComparison.Ordinal)
        && string.Equals(version.Sponsor, row.Sponsor, StringComparison.Ordinal)
        && string.Equals(version.OwnerLevel, row.OwnerLevel, StringComparison.Ordinal)
        && string.Equals(version.CountyCode, row.CountyCode, StringComparison.Ordinal)
        && version.RegionKey == row.RegionKey
        && string.Equals(version.Designations, row.Designations, StringComparison.Ordinal)
        && version.ValidTo == row.ValidTo
        && version.IsCurrent == row.IsCurrent
        && version.SubmissionId == row.SubmissionId
        && version.SourceRowNumber == row.SourceRowNumber;

    private List<DimSchool> Versions(List<StgSchoolProfile> years)
    {
        var versions = new List<DimSchool>();
        if (years.Count == 0)
        {
            return versions;
        }

        var name = years[^1].SchoolName;
        foreach (var year in years)
        {
            var last = versions.Count > 0 ? versions[^1] : null;
            if (last is not null && SameAttributes(last, year))
            {
                continue;
            }

            if (last is not null)
            {
                last.ValidTo = year.AcademicYear - 1;
                last.IsCurrent = false;
            }

            versions.Add(new DimSchool
            {
                SchoolCode = year.SchoolCode,
                SchoolName = name,
                SchoolType = year.SchoolType,
                Sponsor = year.Sponsor,
                OwnerLevel = year.OwnerLevel,
                CountyCode = year.CountyCode,
                RegionKey = keys.Region(year.CountyCode),
                Designations = year.Designations,
                ValidFrom = year.AcademicYear,
                ValidTo = DimSchool.OpenEnded,
                IsCurrent = true,
                SubmissionId = year.SubmissionId,
                SourceRowNumber = year.SourceRowNumber,
            });
        }

        return versions;
    }

    private static bool SameAttributes(DimSchool version, StgSchoolProfile year) =>
        string.Equals(version.SchoolType, year.SchoolType, StringComparison.Ordinal)
        && string.Equals(version.Sponsor, year.Sponsor, StringComparison.Ordinal)
        && string.Equals(version.CountyCode, year.CountyCode, StringComparison.Ordinal)
        && string.Equals(version.Designations ?? string.Empty, year.Designations ?? string.Empty, StringComparison.Ordinal);

    private static void Copy(DimSchool from, DimSchool to)
    {
        to.SchoolName = from.SchoolName;
        to.SchoolType = from.SchoolType;
        to.Sponsor = from.Sponsor;
        to.OwnerLevel = from.OwnerLevel;
        to.CountyCode = from.CountyCode;
        to.RegionKey = from.RegionKey;
        to.Designations = from.Designations;
        to.ValidTo = from.ValidTo;
        to.IsCurrent = from.IsCurrent;
        to.SubmissionId = from.SubmissionId;
        to.SourceRowNumber = from.SourceRowNumber;
    }

    private static async Task RepointAsync(WarehouseDbContext db, List<int> schoolKeys, List<(int SchoolKey, int ValidFrom, int ValidTo)> versions, CancellationToken ct)
    {
        if (versions.Count == 0)
        {
            await db.FactEnrollments.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            await db.FactGraduateOutcomes.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            await db.FactSchoolResources.Where(f => schoolKeys.Contains(f.SchoolKey))
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, DimSchool.UnknownKey), ct).ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var key = versions[i].SchoolKey;
            var from = i == 0 ? int.MinValue / 2 : versions[i].ValidFrom;
            var to = versions[i].ValidTo;
            await db.FactEnrollments.Where(f => f.AcademicYear >= from && f.AcademicYear <= to && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
            // A graduate's academic year is the one before the graduation year.
            var graduatedFrom = from + 1;
            var graduatedTo = to + 1;
            await db.FactGraduateOutcomes.Where(f => f.GraduationYear >= graduatedFrom && f.GraduationYear <= graduatedTo && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
            await db.FactSchoolResources.Where(f => f.AcademicYear >= from && f.AcademicYear <= to && schoolKeys.Contains(f.SchoolKey) && f.SchoolKey != key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.SchoolKey, key), ct).ConfigureAwait(false);
        }
    }
}

/// <summary>
/// One school's rebuild: whether facts were re-pointed, its dim_school versions (valid from, valid to, key) in order,
/// and its latest year's staged profile (null: none left).
/// </summary>
public sealed record SchoolRebuild(bool Repointed, IReadOnlyList<(int From, int To, int Key)> Versions, StgSchoolProfile? Latest);
