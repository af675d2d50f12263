namespace VocEd.Generator.Templates;

/// <summary>The four submission kinds of SUBMISSIONS.md.</summary>
public enum SubmissionKind
{
    SchoolProfile,
    Enrollment,
    GraduateDestination,
    RegionalIndustry,
}
