using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Records;

/// <summary>One graduate_destination row: one graduate.</summary>
public sealed record GraduateDestinationRecord : SubmissionRecord
{
    public string? SchoolCode { get; init; }

    public int? GraduationYear { get; init; }

    /// <summary>The student key: the citizen ID's pseudonym (null when the ID is invalid).</summary>
    public Pseudonym? StudentKey { get; init; }

    public int? BirthYear { get; init; }

    /// <summary>M or F, from the citizen ID.</summary>
    public string? Gender { get; init; }

    public string? MajorCatalog { get; init; }

    public string? MajorCode { get; init; }

    public string? DestinationCode { get; init; }

    /// <summary>Whether the destination is employment (null when the code is invalid).</summary>
    public bool? IsEmployed { get; init; }

    /// <summary>2-digit GB/T 4754 division.</summary>
    public string? EmployerIndustry { get; init; }

    public string? EmployerCountyCode { get; init; }

    public decimal? MonthlySalaryYuan { get; init; }

    public bool? JobRelated { get; init; }

    public DateOnly? SurveyDate { get; init; }
}
