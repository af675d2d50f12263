namespace VocEd.Warehouse.Model.Etl;

/// <summary>The values of etl_submission.kind: the four kinds of submission, and the kind of a file whose header matches none.</summary>
public static class SubmissionKinds
{
    /// <summary>学校基本情况: one row per school per academic year.</summary>
    public const string SchoolProfile = "school_profile";

    /// <summary>学籍: one row per student per academic year.</summary>
    public const string Enrollment = "enrollment";

    /// <summary>毕业去向: one row per graduate.</summary>
    public const string GraduateDestination = "graduate_destination";

    /// <summary>地区产业数据: one row per region, year and industry section.</summary>
    public const string RegionalIndustry = "regional_industry";

    /// <summary>A file whose header matches no template.</summary>
    public const string Unknown = "unknown";

    /// <summary>The four kinds, in the order a run loads them (what others depend on first).</summary>
    public static readonly IReadOnlyList<string> All = [SchoolProfile, RegionalIndustry, Enrollment, GraduateDestination];
}
