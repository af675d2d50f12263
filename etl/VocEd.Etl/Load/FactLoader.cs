using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VocEd.Etl.Claims;
using VocEd.Etl.Conform;
using VocEd.Etl.Load.Providers;
using VocEd.Etl.Records;
using VocEd.Etl.Scan;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Etl.Load;

/// <summary>
/// Loads one claimed submission in one transaction: streams its validated rows, bulk-copies the accepted ones as
/// fact rows (school_profile: stages them in stg_school_profile, rebuilds the school's dim_school versions, then its
/// fact_school_resources row) and every rule failure into etl_rejected_row; judges the rejection rate (exceeded:
/// roll back, the caller quarantines); refuses a replacement that would load nothing over a version with rows (roll
/// back, the caller quarantines it as <c>empty_replacement</c>); replaces the facts of the earlier loaded submission of
/// the same replacement key and marks it superseded; sets this one loaded with its row balance, records its failures per
/// rule; deletes the claim's lock row (the last four in one statement batch) — all in the same commit, so either all of
/// it is visible or none.
/// </summary>
public sealed class FactLoader(DimensionKeys keys, SchoolVersioner versioner, EtlOptions options, TimeProvider time)
{
    /// <summary>Rows per bulk-copy batch.</summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>
    /// Whether a fact file's rows are read, validated, pseudonymized and mapped on a thread of their own while this one
    /// copies (<see cref="Infrastructure.ReadAhead"/>). Worth it when the ingest's workers leave a core idle (SQLite's one
    /// writer); a cost when they do not: with as many workers as cores, the hand-off of every chunk and a thread per
    /// file cost more than the overlap wins (docs/decisions/0012-ingest-workers-and-threads.md).
    /// </summary>
    public bool ReadAhead { get; init; } = true;

    /// <summary>
    /// Loads the claimed <paramref name="submission"/>. <paramref name="start"/> is what the load starts from, if the
    /// claim read it in its batch (<see cref="ClaimResult.Start"/>): that read is as good as one here, because the
    /// claim's lock row keeps every other load of the replacement key out from before that read until this load
    /// commits. Null: read here, one round trip more.
    /// </summary>
    public async Task<LoadAttempt> LoadAsync(WarehouseDbContext db, SubmissionScan scan, EtlSubmission submission, Action<long>? rowsRead, CancellationToken ct, LoadStart? start = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(submission);
        var kind = scan.Kind ?? throw new InvalidOperationException("a submission of unknown kind cannot load");
        var id = submission.SubmissionId;
        var stream = new RowStream(scan, id, options.RejectionRatePolicy, options.MaxRejectedDetailsPerRule) { RowsRead = rowsRead };
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var (previous, submitterKeys) = start ?? await StartAsync(db, transaction, submission, StartSchool(scan), ct).ConfigureAwait(false);
        IReadOnlyDictionary<string, SchoolRebuild> rebuilt = new Dictionary<string, SchoolRebuild>();
        long loaded;
        if (kind == SubmissionKind.SchoolProfile)
        {
            var rows = stream.Accepted(ct).ToList();
            if (stream.RateExceeded)
            {
                return Exceeded(stream);
            }

            if (rows.Count == 0 && EmptyReplacement(stream, previous) is { } empty)
            {
                return empty;
            }

            var removed = new List<string>();
            foreach (var old in previous)
            {
                removed.AddRange(await FactRemover.RemoveAsync(db, old, null, ct).ConfigureAwait(false));
            }

            rebuilt = await StageSchoolsAsync(db, rows, id, removed, ct).ConfigureAwait(false);
            var mapper = new FactRowMapper(keys, SchoolKeys.Of(rebuilt), id);
            loaded = await BulkCopier.CopyAsync(db, rows.Select(mapper.SchoolResources), BatchSize, ct).ConfigureAwait(false);
        }
        else
        {
            var mapper = new FactRowMapper(keys, submitterKeys, id);
            var accepted = stream.Accepted(ct);
            loaded = kind switch
            {
                SubmissionKind.Enrollment => await BulkCopier.CopyAsync(db, Ahead(accepted.Select(mapper.Enrollment), ct), BatchSize, ct).ConfigureAwait(false),
                SubmissionKind.GraduateDestination => await BulkCopier.CopyAsync(db, Ahead(accepted.Select(mapper.Graduate), ct), BatchSize, ct).ConfigureAwait(false),
                SubmissionKind.RegionalIndustry => await BulkCopier.CopyAsync(db, Ahead(accepted.Select(mapper.RegionalIndustry), ct), BatchSize, ct).ConfigureAwait(false),
                _ => throw new InvalidOperationException($"no fact table for {kind}"),
            };
            if (stream.RateExceeded)
            {
                return Exceeded(stream);
            }

            if (loaded == 0 && EmptyReplacement(stream, previous) is { } empty)
            {
                return empty;
            }

            var schoolKeys = scan.Submitter is { } school ? submitterKeys.KeysOf(school) : null;
            foreach (var old in previous)
            {
                await FactRemover.RemoveAsync(db, old, schoolKeys, ct).ConfigureAwait(false);
            }
        }

        if (stream.Rejections.Count > 0)
        {
            await BulkCopier.CopyAsync(db, stream.Rejections, BatchSize, ct).ConfigureAwait(false);
        }

        var tally = stream.Tally;
        if (loaded != tally.RowsAccepted)
        {
            throw new InvalidOperationException($"submission {id}: {tally.RowsAccepted} rows accepted but {loaded} copied");
        }

        // One round trip: the earlier versions superseded, this one loaded with its row balance, the claim's lock row
        // deleted. No lock row means the claim was taken over (its lease ran out): nothing of this load is committed.
        var now = time.GetUtcNow().UtcDateTime;
        var counts = RejectedRows.Counts(id, stream.ByRule, options.MaxRejectedDetailsPerRule).ToList();
        await using (var finish = SqlCommands.Create(db.Database.GetDbConnection(), transaction.GetDbTransaction(), FinishSql(previous.Select(p => p.SubmissionId), counts),
            ("@id", (object?)id), ("@now", now), ("@status", SubmissionStatuses.Loaded), ("@read", checked((int)tally.RowsRead)), ("@loaded", checked((int)loaded)),
            ("@rejected", checked((int)tally.RowsRejected)), ("@warned", checked((int)tally.RowsWithWarnings))))
        {
            var changed = await finish.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (changed != previous.Count + 2 + counts.Count)
            {
                throw new InvalidOperationException($"submission {id}: its claim was taken over by another worker (lease expired); the load is rolled back");
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new LoadAttempt(false, tally.RowsRead, loaded, tally.RowsRejected, tally.RowsWithWarnings, stream.ByRule,
            previous.Count > 0 ? previous.Max(p => p.SubmissionId) : null, [.. rebuilt.Select(r => (r.Key, r.Value.Latest))])
        {
            DetailsDropped = RejectedRows.DetailsDropped(stream.ByRule, options.MaxRejectedDetailsPerRule),
        };
    }

    /// <summary>
    /// The finishing batch: the replaced submissions superseded (their ids are the database's own numbers), this one
    /// loaded, its failures per rule recorded (rule ids from the catalog, counts: no text from the file), its lock row
    /// deleted.
    /// </summary>
    internal static string FinishSql(IEnumerable<long> replaced, IReadOnlyCollection<EtlRuleFailureCount>? counts = null)
    {
        var ids = string.Join(", ", replaced.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var superseded = ids.Length == 0 ? string.Empty
            : $"update etl_submission set status = '{SubmissionStatuses.Superseded}', superseded_by_submission_id = @id, status_changed_at = @now where submission_id in ({ids});\n";
        var failures = counts is not { Count: > 0 } ? string.Empty
            : "insert into etl_rule_failure_count (submission_id, rule_id, severity, failures, details_kept) values "
                + string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture,
                    $"(@id, '{RuleCatalog.Get(c.RuleId).Id}', '{(c.Severity == RejectedRows.Error ? RejectedRows.Error : RejectedRows.Warning)}', {c.Failures}, {c.DetailsKept})")))
                + ";\n";
        return superseded + failures + _finish;
    }

    /// <summary>
    /// A replacement that loads no row over a version that has rows destroys data: the load is rolled back and the
    /// caller quarantines it (<c>empty_replacement</c>); null when nothing is replaced or what is replaced is empty too.
    /// </summary>
    private static LoadAttempt? EmptyReplacement(RowStream stream, IReadOnlyList<LoadedSubmission> previous)
    {
        var replacedRows = previous.Sum(p => (long)p.RowsLoaded);
        if (replacedRows == 0)
        {
            return null;
        }

        var read = stream.Tally.RowsRead;
        return new LoadAttempt(false, read, 0, stream.Tally.RowsRejected, 0, stream.ByRule, null, [])
        {
            QuarantineReason = new FileProblem(RuleIds.EmptyReplacement,
                string.Create(CultureInfo.InvariantCulture, $"{read} rows read, none accepted"),
                replacedRows.ToString(CultureInfo.InvariantCulture))
            {
                DetailZh = string.Create(CultureInfo.InvariantCulture, $"读取 {read} 行，无一通过"),
            },
        };
    }

    /// <summary>The school whose dim_school versions a load of this submission starts from: the submitter, except for school_profile (none).</summary>
    internal static string? StartSchool(SubmissionScan scan) => scan.Kind == SubmissionKind.SchoolProfile ? null : scan.Submitter;

    /// <summary>
    /// The start of a load: the submissions of its replacement key (the loaded ones it replaces are picked out by their
    /// status when read — the submission being loaded is not one of them: its status is still claimed), and (fact
    /// kinds) the submitting school's versions. The status stays out of the condition so that the key's columns are
    /// the only ones an index can serve: PostgreSQL plans an automatically prepared statement once for all its
    /// parameters, and with <c>status = 'loaded'</c> in the condition that generic plan — made while the new
    /// warehouse's etl_submission was nearly empty — read every loaded submission through the status index, each
    /// file's start slower than the last. Parameters: those of <see cref="SubmissionRegistrar.ReplacementKeyParameters"/>
    /// and, with the school, <c>@school</c>.
    /// </summary>
    internal static string StartSql(string? submitter, int? year, bool withSchool) => $"""
        select submission_id, kind, rows_loaded, status from etl_submission where {SubmissionRegistrar.SameReplacementKeySql(submitter, year)};

        """ + (withSchool ? _schoolVersions : string.Empty);

    private const string _schoolVersions = """
        select school_code, valid_from, valid_to, school_key from dim_school where school_code = @school;
        """;

    /// <summary>The <c>@school</c> parameter of <see cref="StartSql"/> with the school (none without).</summary>
    internal static (string Name, object? Value)[] SchoolParameter(string? school) => school is null ? [] : [("@school", school)];

    /// <summary>One round trip at the start of the load, when the claim did not read its start (<see cref="StartSql"/>).</summary>
    private static async Task<LoadStart> StartAsync(
        WarehouseDbContext db, IDbContextTransaction transaction, EtlSubmission submission, string? school, CancellationToken ct)
    {
        await using var command = SqlCommands.Create(db.Database.GetDbConnection(), transaction.GetDbTransaction(), StartSql(submission.SubmitterCode, submission.Year, school is not null),
            [.. SchoolParameter(school), .. SubmissionRegistrar.ReplacementKeyParameters(submission.Kind, submission.SubmitterCode, submission.Year)]);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await ReadStartAsync(reader, submission, school is not null, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the results of <see cref="StartSql"/> from <paramref name="reader"/>, from the current result on (results
    /// without columns before each are passed over): the loaded submissions of the key, then the school's versions.
    /// </summary>
    internal static async Task<LoadStart> ReadStartAsync(DbDataReader reader, EtlSubmission submission, bool withSchool, CancellationToken ct)
    {
        if (!await SqlCommands.SkipToColumnsAsync(reader, ct).ConfigureAwait(false))
        {
            throw new InvalidOperationException("the load's start returned no submissions result");
        }

        var previous = new List<LoadedSubmission>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (!string.Equals(reader.GetString(3), SubmissionStatuses.Loaded, StringComparison.Ordinal))
            {
                continue;
            }

            previous.Add(new LoadedSubmission(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1),
                submission.SubmitterCode, submission.Year, Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        var versions = new List<(string Code, int From, int To, int Key)>();
        if (withSchool)
        {
            if (!await reader.NextResultAsync(ct).ConfigureAwait(false) || !await SqlCommands.SkipToColumnsAsync(reader, ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException("the load's start returned no school versions result");
            }

            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                versions.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
            }
        }

        return new LoadStart(previous, SchoolKeys.Of(versions));
    }

    private const string _finish = """
        update etl_submission set status = @status, status_reason = null, rows_read = @read, rows_loaded = @loaded, rows_rejected = @rejected,
            rows_warned = @warned, loaded_at = @now, status_changed_at = @now where submission_id = @id;
        delete from etl_submission_lock where submission_id = @id;
        """;

    private IEnumerable<T> Ahead<T>(IEnumerable<T> rows, CancellationToken ct) => ReadAhead ? Infrastructure.ReadAhead.Of(rows, ct) : rows;

    private static LoadAttempt Exceeded(RowStream stream) =>
        new(true, stream.Tally.RowsRead, 0, stream.Tally.RowsRejected, 0, stream.ByRule, null, []);

    private Task<IReadOnlyDictionary<string, SchoolRebuild>> StageSchoolsAsync(WarehouseDbContext db, List<ValidatedRow> rows, long submissionId, List<string> removed, CancellationToken ct)
    {
        var staged = rows.Select(r => Stage((SchoolProfileRecord)r.Record, submissionId, (int)r.RowNumber)).ToList();
        var codes = staged.Select(s => s.SchoolCode).Concat(removed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return versioner.StageAndRebuildAsync(db, staged, codes, ct);
    }

    private static StgSchoolProfile Stage(SchoolProfileRecord r, long submissionId, int rowNumber)
    {
        var designations = r.Designations.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new StgSchoolProfile
        {
            SchoolCode = r.SchoolCode ?? string.Empty,
            AcademicYear = r.AcademicYear.GetValueOrDefault(),
            SchoolName = r.SchoolName ?? string.Empty,
            SchoolType = r.SchoolType ?? string.Empty,
            Sponsor = r.Sponsor ?? string.Empty,
            CountyCode = r.CountyCode ?? string.Empty,
            Designations = designations.Count == 0 ? null : string.Join(';', designations),
            SubmissionId = submissionId,
            SourceRowNumber = rowNumber,
        };
    }
}
