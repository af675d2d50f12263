namespace VocEd.Scheduler.Jobs;

/// <summary>
/// Marks the submitters past their deadline (the step <c>flag-late-submissions</c>, which feeds the reports' data-quality
/// sheet). The submission-status cubes plug in with one registration: <c>services.AddTransient&lt;ILateSubmissionFlagger,
/// TheFlagger&gt;()</c>; until then <see cref="NoLateSubmissionFlagger"/> stands in.
/// </summary>
public interface ILateSubmissionFlagger
{
    Task<string> FlagAsync(DateTimeOffset now, CancellationToken ct);
}
