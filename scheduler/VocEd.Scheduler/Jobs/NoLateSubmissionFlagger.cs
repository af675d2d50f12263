namespace VocEd.Scheduler.Jobs;

/// <summary>Stands in until submission deadlines exist: flags nothing.</summary>
internal sealed class NoLateSubmissionFlagger : ILateSubmissionFlagger
{
    public Task<string> FlagAsync(DateTimeOffset now, CancellationToken ct) => Task.FromResult("no deadlines registered: nothing flagged");
}
