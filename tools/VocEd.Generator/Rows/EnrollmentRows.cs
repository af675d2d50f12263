using VocEd.Generator.Planning;
using VocEd.Generator.Students;

namespace VocEd.Generator.Rows;

/// <summary>The enrollment row of a student in an academic year (canonical column order).</summary>
internal static class EnrollmentRows
{
    public static string?[] Build(PlannedSchool school, Student student, int academicYear)
    {
        var grade = student.GradeIn(academicYear);
        var major = school.Majors[student.MajorIndex];
        var majorCode = student.Programme.Route == "five_year" && grade <= 3 && major.SecondaryCode is not null ? major.SecondaryCode : major.Code;
        return
        [
            school.Code,
            Formats.Int(academicYear),
            student.CitizenId,
            student.Name,
            majorCode,
            Formats.Int(student.EntryYear),
            Formats.Int(grade),
            student.Male ? "M" : "F",
            student.HomeCounty,
            student.Programme.Route,
            student.StatusIn(academicYear),
            student.Programme.TrainingLevel,
            student.Programme.EntryLevel,
        ];
    }
}
