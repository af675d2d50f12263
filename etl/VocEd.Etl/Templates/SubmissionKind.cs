namespace VocEd.Etl.Templates;

/// <summary>The four kinds of submission the warehouse accepts (docs/submissions.md).</summary>
public enum SubmissionKind
{
    /// <summary>school_profile — 学校基本情况, one row per school per academic year.</summary>
    SchoolProfile,

    /// <summary>enrollment — 学籍, one row per student per academic year.</summary>
    Enrollment,

    /// <summary>graduate_destination — 毕业去向, one row per graduate.</summary>
    GraduateDestination,

    /// <summary>regional_industry — 地区产业数据, one row per region, year and industry section.</summary>
    RegionalIndustry,
}
