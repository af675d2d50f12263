using System.Globalization;
using Hangfire;
using VocEd.Etl;
using VocEd.Etl.Conform;
using VocEd.Etl.Ingest;
using VocEd.Etl.Pseudonymize;
using VocEd.Scheduler.Scheduling;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Reference;

namespace VocEd.Scheduler.Jobs;

/// <summary>
/// <c>load-submission(id)</c>: loads one registered submission (<see cref="IngestRunner.LoadRegisteredAsync"/>), exactly
/// once however many workers hold the job — the claim in the warehouse decides. Its outcome (loaded, quarantined,
/// superseded, unchanged, failed) is the job's result. It runs again later when the claim is held by another worker or
/// its school's profile is still pending (deferred), and with backoff when the load met a passing fault (transient).
/// </summary>
internal sealed class LoadSubmissionJob(
    WarehouseOptions warehouse,
    ReferenceDataSet reference,
    Pseudonymizer pseudonymizer,
    EtlOptions etl,
    TimeProvider time,
    SchoolProfileGate gate,
    IUploadGate uploads,
    DimensionKeysCache keyCache,
    ILogger<IngestRunner> ingestLogger,
    ILogger<LoadSubmissionJob> logger)
{
    [Queue(JobQueues.Ingest)]
    public async Task<string> RunAsync(long submissionId, CancellationToken ct)
    {
        if (await uploads.RefuseAsync(submissionId, ct).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        if (await gate.PendingProfileAsync(submissionId, ct).ConfigureAwait(false) is { } profile)
        {
            throw new JobDeferredException(string.Create(CultureInfo.InvariantCulture,
                $"submission {submissionId} waits for its school's profile (submission {profile}), still received or loading"));
        }

        var runner = new IngestRunner(warehouse, reference, pseudonymizer, etl, time, ingestLogger) { TriggeredBy = "job", KeyCache = keyCache };
        var outcome = await runner.LoadRegisteredAsync(submissionId, ct).ConfigureAwait(false);
        SchedulerLog.Loaded(logger, submissionId, outcome.Status, outcome.RowsRead, outcome.RowsLoaded, outcome.RowsRejected);
        // A load that lost the race for the claim may find the submission claimed rather than busy; it is not done until
        // its holder finishes, and if that holder dies only a job that runs again takes the stale claim over.
        if (string.Equals(outcome.Status, SubmissionOutcome.Busy, StringComparison.Ordinal)
            || string.Equals(outcome.Status, SubmissionStatuses.Claimed, StringComparison.Ordinal)
            || string.Equals(outcome.Status, SubmissionStatuses.Received, StringComparison.Ordinal))
        {
            throw new JobDeferredException(string.Create(CultureInfo.InvariantCulture, $"submission {submissionId}: {outcome.Reason}"));
        }

        if (string.Equals(outcome.Status, SubmissionStatuses.Failed, StringComparison.Ordinal) && JobFaults.IsTransient(outcome.Error))
        {
            throw new TransientJobException(string.Create(CultureInfo.InvariantCulture, $"submission {submissionId}: {outcome.Reason}"), outcome.Error!);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Status}: {outcome.RowsRead} read, {outcome.RowsLoaded} loaded, {outcome.RowsRejected} rejected{(outcome.Reason is { } r ? " — " + r : string.Empty)}");
    }
}
