namespace VocEd.Warehouse.Model.Facts;

/// <summary>One row per region per calendar year per industry section (from statistics bureaus): value added, employment and the region's priority flag.</summary>
public sealed class FactRegionalIndustry : IFactRow
{
    public long SubmissionId { get; set; }

    public int SourceRowNumber { get; set; }

    public int Year { get; set; }

    public int RegionKey { get; set; }

    public int IndustryKey { get; set; }

    public decimal ValueAdded100mYuan { get; set; }

    public decimal Employment10k { get; set; }

    /// <summary>none, key, strategic_emerging or future.</summary>
    public required string Priority { get; set; }

    public bool HasWarnings { get; set; }
}
