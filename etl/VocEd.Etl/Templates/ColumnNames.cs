namespace VocEd.Etl.Templates;

/// <summary>The canonical English column names of the submission templates (docs/submissions.md), used everywhere a column is named.</summary>
public static class ColumnNames
{
    public const string SchoolCode = "school_code";
    public const string SchoolName = "school_name";
    public const string SchoolType = "school_type";
    public const string Sponsor = "sponsor";
    public const string CountyCode = "county_code";
    public const string AcademicYear = "academic_year";
    public const string StudentsTotal = "students_total";
    public const string FulltimeTeachers = "fulltime_teachers";
    public const string DualQualifiedTeachers = "dual_qualified_teachers";
    public const string ParttimeTeachers = "parttime_teachers";
    public const string ParttimeTeachingHours = "parttime_teaching_hours";
    public const string EquipmentValueYuan = "equipment_value_yuan";
    public const string PracticeWorkstations = "practice_workstations";
    public const string PartnerEnterprises = "partner_enterprises";
    public const string Designations = "designations";

    public const string CitizenId = "citizen_id";
    public const string StudentName = "student_name";
    public const string MajorCode = "major_code";
    public const string EntryYear = "entry_year";
    public const string Grade = "grade";
    public const string Gender = "gender";
    public const string HomeCountyCode = "home_county_code";
    public const string Route = "route";
    public const string Status = "status";
    public const string TrainingLevel = "training_level";
    public const string EntryLevel = "entry_level";

    public const string GraduationYear = "graduation_year";
    public const string DestinationCode = "destination_code";
    public const string EmployerIndustry = "employer_industry";
    public const string EmployerCountyCode = "employer_county_code";
    public const string MonthlySalaryYuan = "monthly_salary_yuan";
    public const string JobRelated = "job_related";
    public const string SurveyDate = "survey_date";

    public const string RegionCode = "region_code";
    public const string Year = "year";
    public const string IndustrySection = "industry_section";
    public const string ValueAdded100mYuan = "value_added_100m_yuan";
    public const string Employment10k = "employment_10k";
    public const string Priority = "priority";
}
