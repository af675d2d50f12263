using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Cubes.Sql;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Cubes.Refresh;

/// <summary>
/// Refreshes the cubes (docs/cubes.md) in one transaction, so readers never see a half-refreshed cube.
/// Full: every base row is recomputed from the facts and every cube year rebuilt. Incremental (the
/// default once a refresh has run): the base cells of the (school, academic year) partitions touched by submissions
/// whose status differs from the one recorded in cube_refresh_submission (new, superseded or withdrawn since
/// the refresh that recorded them) are recomputed from the facts, only for the fact kinds that changed; their
/// cube_base_category rows are rebuilt, then the cube_quality rows of their regions and the other cubes' rows of
/// the academic years they fall in are rolled up again from the base (cheap: the base is per cell and category,
/// not per student). A partition's cells are those its school lies in now and those it was counted in at the last refresh
/// (cube_refresh_school_cell), so a cell a school has left loses its facts. A refresh that finds the reference data changed
/// since the last one (<see cref="ReferenceFingerprint"/>) runs as a full one. Both paths give the same base rows and roll
/// them up with the same SQL, so identical cubes.
/// </summary>
public sealed class CubeRefresher(IWarehouseContextFactory warehouse, TimeProvider time)
{
    /// <summary>Statuses that change what the facts hold.</summary>
    private static readonly IReadOnlyList<string> _factChangingStatuses = SubmissionStatuses.ChangeFacts;

    private static readonly string[] _cubeTables =
        ["cube_quality", "cube_alignment", "cube_alignment_section", "cube_graduate_fit", "cube_quality_school", "cube_destination", "cube_priority_coverage"];

    public async Task<CubeRefreshReport> RefreshAsync(bool full, CancellationToken ct)
    {
        await using var db = warehouse.CreateContext();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var tx = transaction.GetDbTransaction();
        var connection = db.Database.GetDbConnection();
        var sql = CubeSql.For(db.Provider);
        var started = time.GetUtcNow().UtcDateTime;

        var last = await db.CubeRefreshLogs.AsNoTracking().OrderByDescending(l => l.RefreshLogId).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        // A base written before cube_base_category existed (or with enrollment under employer industry −2, or emptied by a
        // migration such as CubeBaseSalaryHistogramPerCell) is rebuilt whole; so is one computed with other reference data
        // (a crosswalk, region or category changed: no submission names what that touches), or by a refresh that did not
        // record its reference data or the schools' cells.
        var reference = await ReferenceFingerprint.ComputeAsync(connection, tx, ct).ConfigureAwait(false);
        full |= last is null
            || !string.Equals(last.ReferenceHash, reference, StringComparison.Ordinal)
            || (!await db.CubeBaseCategories.AnyAsync(ct).ConfigureAwait(false) && await db.CubeBaseMajors.AnyAsync(ct).ConfigureAwait(false));
        // Likewise a base written before cube_base_by_school existed (the per-school cubes are rolled up from it).
        full |= !await db.CubeBaseBySchools.AnyAsync(ct).ConfigureAwait(false) && await db.CubeBaseMajors.AnyAsync(ct).ConfigureAwait(false);
        var changedQuery = db.EtlSubmissions.AsNoTracking().Where(s => _factChangingStatuses.Contains(s.Status));
        var watermark = await changedQuery.MaxAsync(s => (DateTime?)s.StatusChangedAt, ct).ConfigureAwait(false);

        var log = new CubeRefreshLog
        {
            StartedAt = started,
            FinishedAt = started,
            Mode = full ? "full" : "incremental",
            AcademicYears = string.Empty,
            Watermark = watermark,
            ReferenceHash = reference,
        };
        db.CubeRefreshLogs.Add(log);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var id = ("@refresh_log_id", (object?)log.RefreshLogId);

        long rows = 0;
        var steps = new CubeRefreshSteps();
        SortedSet<int> years;
        HashSet<int> regionalYears = [];
        if (full)
        {
            foreach (var statement in sql.DeleteBaseRows(full: true).Concat(_cubeTables.Select(t => $"delete from {t}")))
            {
                await steps.TimeAsync("delete", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct)).ConfigureAwait(false);
            }

            rows += await InsertBaseAsync(connection, tx, sql, full: true, CubeFacts.All, [], id, steps, ct).ConfigureAwait(false);
            foreach (var statement in CubeSql.RecordAllSubmissions)
            {
                await SqlCommands.ExecuteAsync(connection, tx, statement, ct, id).ConfigureAwait(false);
            }

            years = [.. await SqlCommands.QueryAsync(connection, tx, CubeSql.SelectBaseYears, r => r.GetInt32(0), ct).ConfigureAwait(false)];
        }
        else
        {
            // Not a time watermark: a load that commits while a refresh runs would carry an earlier
            // status_changed_at than that refresh's watermark and be missed for good.
            var changed = await changedQuery
                .Where(s => !db.CubeRefreshSubmissions.Any(r => r.SubmissionId == s.SubmissionId && r.Status == s.Status))
                .ToListAsync(ct).ConfigureAwait(false);
            log.SubmissionsSeen = changed.Count;
            await RecordSubmissionsAsync(db, changed, log.RefreshLogId, ct).ConfigureAwait(false);
            (var partitions, regionalYears) = CubePartitions.From(changed);
            await AddOtherYearsOfProfilesAsync(db, changed, partitions, ct).ConfigureAwait(false);
            db.CubeRefreshPartitions.AddRange(partitions.Select(p => new CubeRefreshPartition { RefreshLogId = log.RefreshLogId, SchoolCode = p.SchoolCode, AcademicYear = p.AcademicYear }));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            log.PartitionsTouched = partitions.Count;
            if (partitions.Count > 0)
            {
                foreach (var statement in CubeSql.InsertScope.Concat(sql.BeforeIncrementalBase))
                {
                    await steps.TimeAsync("scope", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
                }

                var facts = FactsOf(changed);
                foreach (var statement in sql.DeleteBaseRows(full: false, facts))
                {
                    await steps.TimeAsync("delete", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
                }

                var scopeYears = partitions.Select(p => p.AcademicYear).Distinct().Order().ToList();
                rows += await InsertBaseAsync(connection, tx, sql, full: false, facts, scopeYears, id, steps, ct).ConfigureAwait(false);
                foreach (var statement in sql.AfterIncrementalBase)
                {
                    await steps.TimeAsync("scope", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct)).ConfigureAwait(false);
                }
            }

            years = [.. partitions.Select(p => p.AcademicYear).Concat(regionalYears)];
        }

        var refreshedAt = time.GetUtcNow().UtcDateTime;
        foreach (var year in years)
        {
            var y = ("@year", (object?)year);
            var at = ("@refreshed_at", (object?)refreshedAt);
            // The whole year's categories when the priority industries may have changed; otherwise the scope's cells.
            var wholeYear = full || regionalYears.Contains(year);
            (string, object?)[] categoryParameters = wholeYear ? [y] : [y, id];
            await steps.TimeAsync("cube_base_category", async () =>
                await SqlCommands.ExecuteAsync(connection, tx, sql.DeleteBaseCategory(wholeYear), ct, categoryParameters).ConfigureAwait(false)
                + await SqlCommands.ExecuteAsync(connection, tx, sql.InsertBaseCategory(wholeYear), ct, categoryParameters).ConfigureAwait(false)).ConfigureAwait(false);
            // cube_quality depends on the base cells alone: an incremental refresh rebuilds the rows of its scope's regions.
            await (full
                ? SqlCommands.ExecuteAsync(connection, tx, CubeSql.DeleteQualityYear, ct, y)
                : SqlCommands.ExecuteAsync(connection, tx, CubeSql.DeleteScopeQuality, ct, y, id)).ConfigureAwait(false);
            foreach (var statement in CubeSql.DeleteAlignmentYear.Append(CubeSql.DeleteGraduateFitYear))
            {
                await SqlCommands.ExecuteAsync(connection, tx, statement, ct, y).ConfigureAwait(false);
            }

            rows += await steps.TimeAsync("cube_quality", () => full
                ? SqlCommands.ExecuteAsync(connection, tx, sql.InsertQuality, ct, y, at)
                : SqlCommands.ExecuteAsync(connection, tx, sql.InsertScopeQuality, ct, y, at, id)).ConfigureAwait(false);
            // cube_quality_school: the schools of the scope, or every school of the year; its medians with cube_quality's.
            rows += await steps.TimeAsync("cube_quality_school", () => full
                ? ReplaceAsync(connection, tx, CubeSql.DeleteQualitySchoolYear, sql.InsertQualitySchool, ct, y, at)
                : ReplaceAsync(connection, tx, CubeSql.DeleteScopeQualitySchool, sql.InsertScopeQualitySchool, ct, y, at, id)).ConfigureAwait(false);
            await steps.TimeAsync("salary_median", () => SalaryMedians.UpdateAsync(connection, tx, sql, year, ct)).ConfigureAwait(false);
            rows += await steps.TimeAsync("cube_alignment_section", () => SqlCommands.ExecuteAsync(connection, tx, sql.InsertAlignmentSections, ct, y, at)).ConfigureAwait(false);
            rows += await steps.TimeAsync("cube_alignment", () => SqlCommands.ExecuteAsync(connection, tx, sql.InsertAlignment, ct, y, at)).ConfigureAwait(false);
            rows += await steps.TimeAsync("cube_graduate_fit", () => SqlCommands.ExecuteAsync(connection, tx, CubeSql.InsertGraduateFit, ct, y, at)).ConfigureAwait(false);
            rows += await steps.TimeAsync("cube_destination", () => ReplaceAsync(connection, tx, CubeSql.DeleteDestinationYear, CubeSql.InsertDestination, ct, y, at)).ConfigureAwait(false);
            rows += await steps.TimeAsync("cube_priority_coverage", () => ReplaceAsync(connection, tx, CubeSql.DeletePriorityCoverageYear, CubeSql.InsertPriorityCoverage, ct, y, at)).ConfigureAwait(false);
        }

        // Pending or missing depends on the time: every refresh rebuilds the submission cubes whole.
        rows += await steps.TimeAsync("cube_submission_status", async () =>
        {
            var parameters = new[] { ("@now", (object?)time.GetUtcNow().UtcDateTime), ("@refreshed_at", (object?)refreshedAt) };
            foreach (var statement in CubeSql.DeleteSubmissionCubes)
            {
                await SqlCommands.ExecuteAsync(connection, tx, statement, ct).ConfigureAwait(false);
            }

            var written = 0;
            foreach (var statement in new[] { sql.InsertSubmissionStatus, sql.InsertSubmissionStatusRegion, sql.InsertSubmissionCoverage })
            {
                written += await SqlCommands.ExecuteAsync(connection, tx, statement, ct, parameters).ConfigureAwait(false);
            }

            return written;
        }).ConfigureAwait(false);

        if (full)
        {
            // The cells recomputed: those of cube_base_category (per cell and category, built above from cube_base_major for
            // every year it holds, and far smaller than it) and of cube_base_school.
            log.PartitionsTouched = await db.CubeBaseCategories.Select(b => new { b.AcademicYear, b.PrefectureCode, b.ProvinceCode, b.EconomicRegion, b.SchoolType })
                .Union(db.CubeBaseSchools.Select(b => new { b.AcademicYear, b.PrefectureCode, b.ProvinceCode, b.EconomicRegion, b.SchoolType }))
                .CountAsync(ct).ConfigureAwait(false);
        }

        if (full || log.PartitionsTouched > 0)
        {
            // The schools' cells as the cubes now count them: what the next incremental refresh starts its scope from.
            foreach (var statement in CubeSql.RecordSchoolCells(full))
            {
                await steps.TimeAsync("scope", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
            }
        }

        if (!full && log.PartitionsTouched > 0)
        {
            // The scope's cells were what the years' cube_base_category rows were rebuilt for.
            foreach (var statement in CubeSql.DeleteScope)
            {
                await steps.TimeAsync("scope", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
            }
        }

        log.AcademicYears = string.Join(',', years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        log.RowsWritten = rows;
        log.FinishedAt = time.GetUtcNow().UtcDateTime;
        if (!full && log.SubmissionsSeen == 0)
        {
            log.Watermark = last?.Watermark;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await steps.TimeAsync("commit", async () =>
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false);
        return new CubeRefreshReport(log.RefreshLogId, log.Mode, log.SubmissionsSeen, log.PartitionsTouched, [.. years], rows, log.StartedAt, log.FinishedAt, log.Watermark)
        {
            Steps = steps.Timings,
        };
    }

    /// <summary>Deletes the rows a statement rewrites (with the parameters it names), then rewrites them; returns the rows written.</summary>
    private static async Task<int> ReplaceAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string delete, string insert, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await SqlCommands.ExecuteAsync(connection, tx, delete, ct, [.. parameters.Where(p => delete.Contains(p.Name, StringComparison.Ordinal))]).ConfigureAwait(false);
        return await SqlCommands.ExecuteAsync(connection, tx, insert, ct, parameters).ConfigureAwait(false);
    }

    private static async Task RecordSubmissionsAsync(WarehouseDbContext db, IReadOnlyList<VocEd.Warehouse.Model.Etl.EtlSubmission> changed, long refreshLogId, CancellationToken ct)
    {
        var ids = changed.Select(s => s.SubmissionId).ToList();
        await db.CubeRefreshSubmissions.Where(r => ids.Contains(r.SubmissionId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.CubeRefreshSubmissions.AddRange(changed.Select(s => new CubeRefreshSubmission { SubmissionId = s.SubmissionId, Status = s.Status, RefreshLogId = refreshLogId }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static async Task<long> InsertBaseAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, CubeSql sql, bool full, CubeFacts facts,
        IReadOnlyList<int> scopeYears, (string, object?) id, CubeRefreshSteps steps, CancellationToken ct)
    {
        var byCell = full && sql.GroupsFullRefreshByCell;

        // A full refresh runs each base statement once; an incremental one once per academic year of its scope.
        IReadOnlyList<(string, object?)[]> runs = full
            ? [byCell ? [id] : []]
            : [.. scopeYears.Select(y => new (string, object?)[] { id, ("@year", y) })];
        if (byCell)
        {
            foreach (var statement in CubeSql.InsertGroups)
            {
                await steps.TimeAsync("groups", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
            }
        }

        foreach (var statement in full ? sql.BeforeFullBase : [])
        {
            await steps.TimeAsync("settings", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct)).ConfigureAwait(false);
        }

        long rows = 0;
        foreach (var (step, statements) in new[] { ("cube_base_major", sql.InsertBaseMajor(full, facts)), ("cube_base_by_school", sql.InsertBaseBySchool(full, facts)), ("cube_base_school", sql.InsertBaseSchool(full, facts)) })
        {
            // The statement that writes the base table is the one whose row count says what was written (PostgreSQL stages
            // a full refresh in a temporary table first).
            foreach (var parameters in runs)
            {
                var written = 0;
                foreach (var statement in statements)
                {
                    var affected = await steps.TimeAsync(step, () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, parameters)).ConfigureAwait(false);
                    if (statement.StartsWith("insert", StringComparison.Ordinal))
                    {
                        written += affected;
                    }
                }

                rows += written;
            }
        }

        foreach (var statement in full ? sql.AfterFullBase : [])
        {
            await steps.TimeAsync("settings", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct)).ConfigureAwait(false);
        }

        if (byCell)
        {
            foreach (var statement in CubeSql.DeleteGroups)
            {
                await steps.TimeAsync("groups", () => SqlCommands.ExecuteAsync(connection, tx, statement, ct, id)).ConfigureAwait(false);
            }
        }

        return rows;
    }

    /// <summary>
    /// The fact kinds the changed submissions change (a school_profile: all of them, since it can move a school's
    /// facts to another school version); regional_industry changes no base row.
    /// </summary>
    private static CubeFacts FactsOf(IEnumerable<VocEd.Warehouse.Model.Etl.EtlSubmission> changed) =>
        changed.Aggregate(CubeFacts.None, (facts, s) => facts | s.Kind switch
        {
            SubmissionKinds.Enrollment => CubeFacts.Enrollment,
            SubmissionKinds.GraduateDestination => CubeFacts.Graduates,
            SubmissionKinds.SchoolProfile => CubeFacts.All,
            _ => CubeFacts.None,
        });

    /// <summary>
    /// A school_profile loaded or withdrawn for year Y can change which school version the facts of other years point at:
    /// type-2 history slots a correction in, a year before the first version takes the first, a withdrawn year moves to
    /// the nearest version left. So it touches the school in every year the base holds, earlier and later (recomputing a
    /// cell the school has no facts in leaves it as it was).
    /// </summary>
    private static async Task AddOtherYearsOfProfilesAsync(
        WarehouseDbContext db, IEnumerable<VocEd.Warehouse.Model.Etl.EtlSubmission> changed, HashSet<(string SchoolCode, int AcademicYear)> partitions, CancellationToken ct)
    {
        var schools = changed.Where(s => s.Kind == SubmissionKinds.SchoolProfile && s.Year is not null && !string.IsNullOrEmpty(s.SubmitterCode))
            .Select(s => s.SubmitterCode ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (schools.Count == 0)
        {
            return;
        }

        var years = await db.CubeBaseMajors.Select(b => b.AcademicYear)
            .Union(db.CubeBaseSchools.Select(b => b.AcademicYear))
            .Union(db.CubeBaseBySchools.Select(b => b.AcademicYear))
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var code in schools)
        {
            foreach (var year in years)
            {
                partitions.Add((code, year));
            }
        }
    }
}
