namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per 毕业去向 code with its group and the flags the indicators count by.</summary>
public sealed class DimDestination
{
    public const int UnknownKey = -1;

    public int DestinationKey { get; set; }

    public required string DestinationCode { get; set; }

    public required string NameZh { get; set; }

    /// <summary>employed, further_study, abroad, not_placed or unknown.</summary>
    public required string DestinationGroup { get; set; }

    /// <summary>
    /// The finer group the reports and cube_destination count by: employed_agreement, employed_contract, employed_other,
    /// employed_project, self_employed, freelance, further_study, abroad, awaiting, not_seeking (unknown for the unknown member).
    /// </summary>
    public required string ReportGroup { get; set; }

    public bool IsPlaced { get; set; }

    public bool IsEmployed { get; set; }

    public bool IsFurtherStudy { get; set; }

    public bool IsSelfEmployed { get; set; }
}
