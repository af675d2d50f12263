namespace VocEd.Etl.Records;

/// <summary>One regional_industry row: one region, year and industry section.</summary>
public sealed record RegionalIndustryRecord : SubmissionRecord
{
    /// <summary>CN, or a 2-, 4- or 6-digit code with padding removed (440000 → 44).</summary>
    public string? RegionCode { get; init; }

    public int? Year { get; init; }

    /// <summary>GB/T 4754 section A–T.</summary>
    public string? IndustrySection { get; init; }

    public decimal? ValueAdded100mYuan { get; init; }

    public decimal? Employment10k { get; init; }

    /// <summary>none, key, strategic_emerging or future.</summary>
    public string? Priority { get; init; }
}
