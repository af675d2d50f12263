namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per calendar day, keyed yyyymmdd, with the academic year it falls in (starting 1 September).</summary>
public sealed class DimDate
{
    public const int UnknownKey = -1;

    public int DateKey { get; set; }

    public DateOnly Date { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Month { get; set; }

    public int Day { get; set; }

    /// <summary>ISO day of week, 1 = Monday.</summary>
    public int DayOfWeek { get; set; }

    public int AcademicYear { get; set; }
}
