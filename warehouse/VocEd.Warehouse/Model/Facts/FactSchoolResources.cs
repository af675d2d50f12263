namespace VocEd.Warehouse.Model.Facts;

/// <summary>One row per school per academic year: students, teachers, equipment and partners as the school reports them (学校基本情况/办学条件).</summary>
public sealed class FactSchoolResources : IFactRow
{
    public long SubmissionId { get; set; }

    public int SourceRowNumber { get; set; }

    public int AcademicYear { get; set; }

    public int SchoolKey { get; set; }

    public int StudentsTotal { get; set; }

    public int FulltimeTeachers { get; set; }

    public int DualQualifiedTeachers { get; set; }

    public int ParttimeTeachers { get; set; }

    public int ParttimeTeachingHours { get; set; }

    public decimal EquipmentValueYuan { get; set; }

    public int PracticeWorkstations { get; set; }

    public int PartnerEnterprises { get; set; }

    public bool HasWarnings { get; set; }
}
