namespace VocEd.Scheduler.Access;

/// <summary>A key just created: <see cref="Key"/> (<c>prefix.secret</c>) is shown this once and never stored.</summary>
internal sealed record CreatedApiKey(string Prefix, string Key);
