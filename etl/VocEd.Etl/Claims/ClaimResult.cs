using VocEd.Etl.Load;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Etl.Claims;

/// <summary>
/// The result of <see cref="SubmissionClaimer.ClaimAsync"/>: the claimed submission (detached), or the submission
/// that already loaded this content, or the holder of the claim that keeps this worker out.
/// </summary>
public sealed record ClaimResult(ClaimOutcome Outcome, EtlSubmission? Submission, long? ExistingSubmissionId, string? Holder, bool TookOver)
{
    /// <summary>What the load of a claimed submission starts from, read in the claim's batch (null: the load reads it).</summary>
    public LoadStart? Start { get; init; }

    public static ClaimResult Busy(string holder) => new(ClaimOutcome.Busy, null, null, holder, false);

    public static ClaimResult AlreadyLoaded(long submissionId) => new(ClaimOutcome.AlreadyLoaded, null, submissionId, null, false);

    public static ClaimResult NotWaiting(EtlSubmission submission) => new(ClaimOutcome.NotWaiting, submission, null, null, false);

    public static ClaimResult Superseded(EtlSubmission submission, long laterSubmissionId) => new(ClaimOutcome.Superseded, submission, laterSubmissionId, null, false);
}
