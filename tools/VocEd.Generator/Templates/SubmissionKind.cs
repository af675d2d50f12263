namespace VocEd.Generator.Templates;

/// <summary>The four submission kinds of docs/submissions.md.</summary>
public enum SubmissionKind
{
    SchoolProfile,
    Enrollment,
    GraduateDestination,
    RegionalIndustry,
}
