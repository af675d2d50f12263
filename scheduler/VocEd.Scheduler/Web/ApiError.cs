namespace VocEd.Scheduler.Web;

/// <summary>The body of an API error: a stable code and a sentence for people.</summary>
internal sealed record ApiError(string Error, string Message);
