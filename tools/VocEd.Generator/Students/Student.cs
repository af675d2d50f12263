using VocEd.Generator.Planning;

namespace VocEd.Generator.Students;

/// <summary>
/// One generated student, a pure function of (seed, school, entry cohort, major, index): the same person
/// in every academic year of the run. Dropout and suspension happen at a given grade (0 = never).
/// </summary>
internal sealed record Student(
    string CitizenId,
    string Name,
    bool Male,
    int MajorIndex,
    int EntryYear,
    Programme Programme,
    string HomeCounty,
    int DropoutGrade,
    int SuspendedGrade,
    ulong Seed)
{
    public int GradeIn(int academicYear) => academicYear - EntryYear + 1;

    /// <summary>The status in an academic year, or null when the student is not at the school that year.</summary>
    public string? StatusIn(int academicYear)
    {
        var grade = GradeIn(academicYear);
        if (grade < 1 || grade > Programme.Years || (DropoutGrade > 0 && grade > DropoutGrade))
        {
            return null;
        }

        return grade == DropoutGrade ? "dropped" : grade == SuspendedGrade ? "suspended" : "enrolled";
    }

    /// <summary>True when the student is in the final grade of the academic year and graduates at its end.</summary>
    public bool GraduatesAfter(int academicYear) => DropoutGrade == 0 && GradeIn(academicYear) == Programme.Years;
}
