namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per academic year, keyed by the calendar year it starts in (2024 = 2024-2025学年).</summary>
public sealed class DimAcademicYear
{
    public const int UnknownKey = -1;

    public int AcademicYear { get; set; }

    public required string LabelZh { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }
}
