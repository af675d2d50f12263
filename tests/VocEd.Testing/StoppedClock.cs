namespace VocEd.Testing;

/// <summary>A clock stopped at one instant, in UTC: what a refresh takes for "now" (pending or missing submissions).</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;
}
