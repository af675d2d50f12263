using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Planning;

/// <summary>
/// Published national totals for one school type (latest year in national-figures.csv) and the
/// generator's assumptions about its programmes (mean years a student of one intake is counted, dropout).
/// </summary>
public sealed record SchoolTypeProfile(string SchoolType, string Scope, int Schools, long Students, double DropoutShare, double MeanCountedYears)
{
    /// <summary>Mean students per school in the published figures.</summary>
    public double StudentsPerSchool => (double)Students / Schools;

    /// <summary>Scopes of national-figures.csv per school type.</summary>
    public static IReadOnlyDictionary<string, string> Scopes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MajorLevels.Secondary] = "中等职业学校(不含技工)",
        [MajorLevels.Associate] = "高职(专科)学校",
        [MajorLevels.Bachelor] = "本科层次职业学校",
        [MajorLevels.Technical] = "技工院校",
    };

    public static IReadOnlyList<SchoolTypeProfile> FromReference(ReferenceDataSet reference) =>
        [.. Scopes.Select(s =>
        {
            var dropout = DropoutShareOf(s.Key);
            var years = Programmes.DurationsOf(s.Key).Sum(d => d.Share * CountedYears(d.Years, dropout));
            return new SchoolTypeProfile(s.Key, s.Value, (int)Latest(reference, s.Value, "schools"), (long)Latest(reference, s.Value, "students"), dropout, years);
        })];

    /// <summary>Share of an intake that drops out at some grade.</summary>
    public static double DropoutShareOf(string schoolType) => schoolType switch
    {
        MajorLevels.Secondary => 0.08,
        MajorLevels.Technical => 0.07,
        MajorLevels.Associate => 0.04,
        _ => 0.02,
    };

    /// <summary>Expected years a student of a D-year programme is counted as a student (not dropped), dropout grade uniform.</summary>
    public static double CountedYears(int duration, double dropout) => (duration * (1 - dropout)) + (dropout * (duration - 1) / 2.0);

    private static decimal Latest(ReferenceDataSet reference, string scope, string metric) =>
        reference.NationalFigures.Where(f => f.Scope == scope && f.Metric == metric).MaxBy(f => f.Year)?.Value
            ?? throw new InvalidOperationException($"national-figures.csv has no {metric} for {scope}");
}
