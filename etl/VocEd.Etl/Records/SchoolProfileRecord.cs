namespace VocEd.Etl.Records;

/// <summary>One school_profile row: one school in one academic year.</summary>
public sealed record SchoolProfileRecord : SubmissionRecord
{
    public string? SchoolCode { get; init; }

    public string? SchoolName { get; init; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public string? SchoolType { get; init; }

    /// <summary>public or private.</summary>
    public string? Sponsor { get; init; }

    public string? CountyCode { get; init; }

    public int? AcademicYear { get; init; }

    public int? StudentsTotal { get; init; }

    public int? FulltimeTeachers { get; init; }

    public int? DualQualifiedTeachers { get; init; }

    public int? ParttimeTeachers { get; init; }

    public int? ParttimeTeachingHours { get; init; }

    public decimal? EquipmentValueYuan { get; init; }

    public int? PracticeWorkstations { get; init; }

    public int? PartnerEnterprises { get; init; }

    /// <summary>The ;-separated designations, trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> Designations { get; init; } = [];
}
