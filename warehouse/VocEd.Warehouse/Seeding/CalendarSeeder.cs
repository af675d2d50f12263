using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Seeding;

/// <summary>dim_academic_year and dim_date, generated from the calendar (an academic year starts on 1 September).</summary>
internal static class CalendarSeeder
{
    public static async Task<SeedCount> SeedAcademicYearsAsync(WarehouseDbContext db, int firstYear, int lastYear, CancellationToken ct)
    {
        var existing = (await db.DimAcademicYears.Select(y => y.AcademicYear).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var inserted = 0;
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (existing.Contains(year))
            {
                continue;
            }

            db.DimAcademicYears.Add(new DimAcademicYear
            {
                AcademicYear = year,
                LabelZh = string.Create(CultureInfo.InvariantCulture, $"{year}-{year + 1}学年"),
                StartDate = new DateOnly(year, 9, 1),
                EndDate = new DateOnly(year + 1, 8, 31),
            });
            inserted++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SeedCount(inserted, 0);
    }

    public static async Task<SeedCount> SeedDatesAsync(WarehouseDbContext db, int firstYear, int lastYear, CancellationToken ct)
    {
        var existing = (await db.DimDates.Select(d => d.DateKey).ToListAsync(ct).ConfigureAwait(false)).ToHashSet();
        var inserted = 0;
        for (var date = new DateOnly(firstYear, 1, 1); date.Year <= lastYear; date = date.AddDays(1))
        {
            var key = KeyOf(date);
            if (existing.Contains(key))
            {
                continue;
            }

            db.DimDates.Add(new DimDate
            {
                DateKey = key,
                Date = date,
                Year = date.Year,
                Quarter = ((date.Month - 1) / 3) + 1,
                Month = date.Month,
                Day = date.Day,
                DayOfWeek = date.DayOfWeek == System.DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek,
                AcademicYear = date.Month >= 9 ? date.Year : date.Year - 1,
            });
            inserted++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new SeedCount(inserted, 0);
    }

    /// <summary>The dim_date key of a date: yyyymmdd.</summary>
    public static int KeyOf(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
