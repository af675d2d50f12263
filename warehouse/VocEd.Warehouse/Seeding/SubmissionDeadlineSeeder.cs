using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Reference;

namespace VocEd.Warehouse.Seeding;

/// <summary>
/// dim_submission_deadline: the deadline of each kind of submission (submission-deadlines.csv) for every year of the
/// calendar, with the end of the deadline day in Beijing time (23:59:59 Asia/Shanghai) as a UTC instant.
/// </summary>
internal sealed class SubmissionDeadlineSeeder(WarehouseDbContext db, ReferenceDataSet reference)
{
    /// <summary>China Standard Time: UTC+8 all year (no daylight saving since 1991).</summary>
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public Task<SeedCount> SeedAsync(int firstYear, int lastYear, CancellationToken ct) =>
        Upsert.RunAsync(
            db,
            db.DimSubmissionDeadlines,
            reference.SubmissionDeadlines.SelectMany(d => Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(year =>
            {
                var date = d.DateFor(year);
                return new DimSubmissionDeadline
                {
                    SubmissionKind = d.SubmissionKind,
                    Year = year,
                    DeadlineDate = date,
                    DeadlineAt = EndOfDayInBeijing(date),
                };
            })),
            d => $"{d.SubmissionKind}/{d.Year}",
            (from, to) =>
            {
                to.DeadlineDate = from.DeadlineDate;
                to.DeadlineAt = from.DeadlineAt;
            },
            ct);

    /// <summary>23:59:59 Beijing time on <paramref name="date"/>, in UTC.</summary>
    public static DateTime EndOfDayInBeijing(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), _beijing).UtcDateTime;
}
