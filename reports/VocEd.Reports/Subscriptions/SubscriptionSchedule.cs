using System.Globalization;
using Cronos;

namespace VocEd.Reports.Subscriptions;

/// <summary>
/// A subscription's cron (five fields: minute hour day month weekday) read in its time zone (Asia/Shanghai by
/// default), and the periods it names: the period of a run is the latest occurrence at or before it.
/// </summary>
public sealed class SubscriptionSchedule
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>How far back the latest occurrence is looked for, widening from a day: a yearly cron is found too.</summary>
    private static readonly TimeSpan[] _windows = [TimeSpan.FromDays(1), TimeSpan.FromDays(8), TimeSpan.FromDays(32), TimeSpan.FromDays(367), TimeSpan.FromDays(5 * 366)];

    private readonly CronExpression _cron;
    private readonly TimeZoneInfo _zone;

    private SubscriptionSchedule(CronExpression cron, TimeZoneInfo zone)
    {
        _cron = cron;
        _zone = zone;
    }

    /// <summary>Reads <paramref name="cron"/> in <paramref name="timeZone"/>; a bad expression or an unknown zone is an <see cref="ArgumentException"/>.</summary>
    public static SubscriptionSchedule Parse(string cron, string timeZone)
    {
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron?.Trim() ?? string.Empty, CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new ArgumentException($"bad cron '{cron}': five fields, minute hour day month weekday (e.g. '0 7 * * 1' = Mondays 07:00): {e.Message}", nameof(cron), e);
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException($"unknown time zone '{timeZone}': use an IANA name such as Asia/Shanghai", nameof(timeZone), e);
        }

        return new SubscriptionSchedule(expression, zone);
    }

    /// <summary>The latest occurrence (UTC) at or before <paramref name="nowUtc"/> and not before <paramref name="notBeforeUtc"/>; null if there is none.</summary>
    public DateTime? LatestAtOrBefore(DateTime nowUtc, DateTime notBeforeUtc)
    {
        var now = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        var floor = DateTime.SpecifyKind(notBeforeUtc, DateTimeKind.Utc);
        foreach (var window in _windows)
        {
            var from = now - window < floor ? floor : now - window;
            DateTime? latest = null;
            foreach (var occurrence in _cron.GetOccurrences(from, now, _zone, fromInclusive: true, toInclusive: true))
            {
                latest = occurrence;
            }

            if (latest is not null || from == floor)
            {
                return latest;
            }
        }

        return null;
    }

    /// <summary>The next occurrence (UTC) after <paramref name="nowUtc"/>, for `subscription show`.</summary>
    public DateTime? NextAfter(DateTime nowUtc) => _cron.GetNextOccurrence(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), _zone);

    /// <summary>A period as jobs and the CLI name it: the occurrence in UTC, <c>2026-12-07T23:00Z</c>.</summary>
    public static string FormatPeriod(DateTime periodUtc) => periodUtc.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="FormatPeriod"/>'s text (or any ISO 8601 time with an offset) as UTC.</summary>
    public static DateTime ParsePeriod(string period)
    {
        if (DateTime.TryParseExact(period?.Trim(), "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(period, CultureInfo.InvariantCulture, DateTimeStyles.None, out var any)
            ? any.UtcDateTime
            : throw new ArgumentException($"bad period '{period}': use a UTC time such as 2026-12-07T23:00Z", nameof(period));
    }

    /// <summary>A time in the schedule's zone, for people (<c>2026-12-08 07:00</c>).</summary>
    public string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
