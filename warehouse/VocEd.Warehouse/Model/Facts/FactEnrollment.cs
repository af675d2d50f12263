namespace VocEd.Warehouse.Model.Facts;

/// <summary>
/// One row per student per academic year (学籍), as the school registered them that year, whatever
/// their status at its end. The student is a keyed pseudonym, never the citizen ID.
/// </summary>
public sealed class FactEnrollment : IFactRow
{
    public long SubmissionId { get; set; }

    public int SourceRowNumber { get; set; }

    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    public int MajorKey { get; set; }

    /// <summary>HMAC-SHA256 pseudonym of the citizen ID (its 32 bytes), stable across files and years for one key version.</summary>
    public required byte[] StudentPseudonym { get; set; }

    public int PseudonymKeyVersion { get; set; }

    public int EntryYear { get; set; }

    public int Grade { get; set; }

    /// <summary>M or F.</summary>
    public required string Gender { get; set; }

    public int BirthYear { get; set; }

    public int HomeRegionKey { get; set; }

    /// <summary>regular, through, five_year or expansion.</summary>
    public required string Route { get; set; }

    /// <summary>enrolled, suspended, dropped or graduated.</summary>
    public required string Status { get; set; }

    /// <summary>Technical schools: intermediate, senior or technician.</summary>
    public string? TrainingLevel { get; set; }

    /// <summary>Technical schools: junior, senior, technical or senior_technical.</summary>
    public string? EntryLevel { get; set; }

    /// <summary>True when the row passed with at least one warning (see etl_rejected_row, severity warning).</summary>
    public bool HasWarnings { get; set; }
}
