using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Records;

/// <summary>One enrollment row: one student in one academic year.</summary>
public sealed record EnrollmentRecord : SubmissionRecord
{
    public string? SchoolCode { get; init; }

    public int? AcademicYear { get; init; }

    /// <summary>The student key: the citizen ID's pseudonym (null when the ID is invalid).</summary>
    public Pseudonym? StudentKey { get; init; }

    /// <summary>Birth year from the citizen ID (the ID itself is not kept).</summary>
    public int? BirthYear { get; init; }

    /// <summary>The catalog in which <see cref="MajorCode"/> was found (education, technical-national, technical-44 …).</summary>
    public string? MajorCatalog { get; init; }

    public string? MajorCode { get; init; }

    public int? EntryYear { get; init; }

    public int? Grade { get; init; }

    /// <summary>M or F.</summary>
    public string? Gender { get; init; }

    public string? HomeCountyCode { get; init; }

    /// <summary>regular, through, five_year or expansion.</summary>
    public string? Route { get; init; }

    /// <summary>enrolled, suspended, dropped or graduated.</summary>
    public string? Status { get; init; }

    /// <summary>intermediate, senior or technician (technical schools).</summary>
    public string? TrainingLevel { get; init; }

    /// <summary>junior, senior, technical or senior_technical (technical schools).</summary>
    public string? EntryLevel { get; init; }
}
