using VocEd.Etl.Infrastructure;
using VocEd.Etl.Records;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Etl.Conform;

/// <summary>
/// Maps an accepted row to its fact row: dimension keys from <see cref="DimensionKeys"/> and <see cref="SchoolKeys"/>
/// (unknown −1 where a code is not found, not applicable −2 for the employer of a graduate who is not employed),
/// lineage (submission, source row), and the warning flag. Accepted rows have every required value.
/// Each key remembers its last look-up by the strings it was given: the rows of a file repeat one school, a few
/// majors and counties, and a repeated short field is the same string row after row (see <c>RowChecker</c>).
/// </summary>
internal sealed class FactRowMapper(DimensionKeys keys, SchoolKeys schools, long submissionId)
{
    private (string? Code, int Year, int Key) _school = (null, 0, 0);
    private (string? Catalog, string? Code, int Year, int Key) _major = (null, null, 0, 0);
    private LastLookup<int> _homeRegion;
    private LastLookup<int> _employerRegion;
    private LastLookup<int> _destination;
    private LastLookup<int> _division;

    private int School(string? code, int year)
    {
        if (code is null || !ReferenceEquals(code, _school.Code) || year != _school.Year)
        {
            _school = (code, year, schools.For(code, year));
        }

        return _school.Key;
    }

    private int Major(string? catalog, string? code, int year)
    {
        if (code is null || !ReferenceEquals(code, _major.Code) || !ReferenceEquals(catalog, _major.Catalog) || year != _major.Year)
        {
            _major = (catalog, code, year, keys.Major(catalog, code, year));
        }

        return _major.Key;
    }

    private int Region(ref LastLookup<int> last, string? code) => last.TryGet(code, out var key) ? key : last.Keep(code, keys.Region(code));

    private int Destination(string? code) => _destination.TryGet(code, out var key) ? key : _destination.Keep(code, keys.Destination(code));

    private int Division(string? code) => _division.TryGet(code, out var key) ? key : _division.Keep(code, keys.Division(code));

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
            SchoolKey = School(r.SchoolCode, year),
            MajorKey = Major(r.MajorCatalog, r.MajorCode, year),
            StudentPseudonym = student.Value ?? [],
            PseudonymKeyVersion = student.KeyVersion,
            EntryYear = r.EntryYear.GetValueOrDefault(),
            Grade = r.Grade.GetValueOrDefault(),
            Gender = r.Gender ?? string.Empty,
            BirthYear = r.BirthYear.GetValueOrDefault(),
            HomeRegionKey = Region(ref _homeRegion, r.HomeCountyCode),
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
            SchoolKey = School(r.SchoolCode, year - 1),
            MajorKey = Major(r.MajorCatalog, r.MajorCode, year - 1),
            StudentPseudonym = student.Value ?? [],
            PseudonymKeyVersion = student.KeyVersion,
            DestinationKey = Destination(r.DestinationCode),
            EmployerDivision = employed ? r.EmployerIndustry : null,
            EmployerIndustryKey = employed ? Division(r.EmployerIndustry) : DimIndustry.NotApplicableKey,
            EmployerRegionKey = employed ? Region(ref _employerRegion, r.EmployerCountyCode) : DimRegion.NotApplicableKey,
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
            SchoolKey = School(r.SchoolCode, year),
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
