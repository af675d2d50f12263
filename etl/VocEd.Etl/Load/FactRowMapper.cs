using VocEd.Etl.Pipeline;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Etl.Load;

/// <summary>
/// Maps an accepted row to its fact row: dimension keys from <see cref="DimensionKeys"/> and <see cref="SchoolKeys"/>
/// (unknown −1 where a code is not found, not applicable −2 for the employer of a graduate who is not employed),
/// lineage (submission, source row), and the warning flag. Accepted rows have every required value.
/// </summary>
internal sealed class FactRowMapper(DimensionKeys keys, SchoolKeys schools, long submissionId)
{
    public FactEnrollment Enrollment(ValidatedRow row)
    {
        var r = (EnrollmentRecord)row.Record;
        var year = r.AcademicYear.GetValueOrDefault();
        var student = r.StudentKey.GetValueOrDefault();
        return new FactEnrollment
        {
            SubmissionId = submissionId,
            SourceRowNumber = (int)row.RowNumber,
            AcademicYear = year,
            SchoolKey = schools.For(r.SchoolCode, year),
            MajorKey = keys.Major(r.MajorCatalog, r.MajorCode, year),
            StudentPseudonym = student.Value ?? string.Empty,
            PseudonymKeyVersion = student.KeyVersion,
            EntryYear = r.EntryYear.GetValueOrDefault(),
            Grade = r.Grade.GetValueOrDefault(),
            Gender = r.Gender ?? string.Empty,
            BirthYear = r.BirthYear.GetValueOrDefault(),
            HomeRegionKey = keys.Region(r.HomeCountyCode),
            Route = r.Route ?? string.Empty,
            Status = r.Status ?? string.Empty,
            TrainingLevel = r.TrainingLevel,
            EntryLevel = r.EntryLevel,
            HasWarnings = row.Violations.Count > 0,
        };
    }

    public FactGraduateOutcome Graduate(ValidatedRow row)
    {
        var r = (GraduateDestinationRecord)row.Record;
        var year = r.GraduationYear.GetValueOrDefault();
        var student = r.StudentKey.GetValueOrDefault();
        var employed = r.IsEmployed == true;
        return new FactGraduateOutcome
        {
            SubmissionId = submissionId,
            SourceRowNumber = (int)row.RowNumber,
            GraduationYear = year,
            SchoolKey = schools.For(r.SchoolCode, year - 1),
            MajorKey = keys.Major(r.MajorCatalog, r.MajorCode, year - 1),
            StudentPseudonym = student.Value ?? string.Empty,
            PseudonymKeyVersion = student.KeyVersion,
            DestinationKey = keys.Destination(r.DestinationCode),
            EmployerDivision = employed ? r.EmployerIndustry : null,
            EmployerIndustryKey = employed ? keys.Division(r.EmployerIndustry) : DimIndustry.NotApplicableKey,
            EmployerRegionKey = employed ? keys.Region(r.EmployerCountyCode) : DimRegion.NotApplicableKey,
            MonthlySalaryYuan = employed ? r.MonthlySalaryYuan : null,
            JobRelated = employed ? r.JobRelated : null,
            SurveyDateKey = DimensionKeys.Date(r.SurveyDate),
            HasWarnings = row.Violations.Count > 0,
        };
    }

    public FactRegionalIndustry RegionalIndustry(ValidatedRow row)
    {
        var r = (RegionalIndustryRecord)row.Record;
        return new FactRegionalIndustry
        {
            SubmissionId = submissionId,
            SourceRowNumber = (int)row.RowNumber,
            Year = r.Year.GetValueOrDefault(),
            RegionKey = keys.Region(r.RegionCode),
            IndustryKey = keys.Section(r.IndustrySection),
            ValueAdded100mYuan = r.ValueAdded100mYuan.GetValueOrDefault(),
            Employment10k = r.Employment10k.GetValueOrDefault(),
            Priority = r.Priority ?? "none",
            HasWarnings = row.Violations.Count > 0,
        };
    }

    public FactSchoolResources SchoolResources(ValidatedRow row)
    {
        var r = (SchoolProfileRecord)row.Record;
        var year = r.AcademicYear.GetValueOrDefault();
        return new FactSchoolResources
        {
            SubmissionId = submissionId,
            SourceRowNumber = (int)row.RowNumber,
            AcademicYear = year,
            SchoolKey = schools.For(r.SchoolCode, year),
            StudentsTotal = r.StudentsTotal.GetValueOrDefault(),
            FulltimeTeachers = r.FulltimeTeachers.GetValueOrDefault(),
            DualQualifiedTeachers = r.DualQualifiedTeachers.GetValueOrDefault(),
            ParttimeTeachers = r.ParttimeTeachers.GetValueOrDefault(),
            ParttimeTeachingHours = r.ParttimeTeachingHours.GetValueOrDefault(),
            EquipmentValueYuan = r.EquipmentValueYuan.GetValueOrDefault(),
            PracticeWorkstations = r.PracticeWorkstations.GetValueOrDefault(),
            PartnerEnterprises = r.PartnerEnterprises.GetValueOrDefault(),
            HasWarnings = row.Violations.Count > 0,
        };
    }
}
