namespace VocEd.Warehouse.Model.Facts;

/// <summary>
/// One row per graduate (毕业去向): destination, and for employed graduates the employer's industry,
/// county, monthly salary and whether the job relates to the major.
/// </summary>
public sealed class FactGraduateOutcome : IFactRow
{
    public long SubmissionId { get; set; }

    public int SourceRowNumber { get; set; }

    public int GraduationYear { get; set; }

    public int SchoolKey { get; set; }

    public int MajorKey { get; set; }

    /// <summary>HMAC-SHA256 pseudonym of the citizen ID (its 32 bytes): a student has the same one in fact_enrollment.</summary>
    public required byte[] StudentPseudonym { get; set; }

    public int PseudonymKeyVersion { get; set; }

    public int DestinationKey { get; set; }

    /// <summary>2-digit GB/T 4754 division of the employer, employed graduates only.</summary>
    public string? EmployerDivision { get; set; }

    /// <summary>The employer's section; not applicable (−2) when not employed.</summary>
    public int EmployerIndustryKey { get; set; }

    /// <summary>The employer's county; not applicable (−2) when not employed.</summary>
    public int EmployerRegionKey { get; set; }

    public decimal? MonthlySalaryYuan { get; set; }

    public bool? JobRelated { get; set; }

    public int SurveyDateKey { get; set; }

    public bool HasWarnings { get; set; }
}
