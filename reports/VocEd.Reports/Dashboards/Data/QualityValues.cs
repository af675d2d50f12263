using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Reports.Dashboards.Data;

/// <summary>
/// A cube_quality column's value as a page shows it: the registry says which indicators are disclosure-controlled
/// and by which denominator column; such a value whose denominator is below the minimum is withheld, as in the exports.
/// </summary>
internal sealed class QualityValues(int minimumDenominator)
{
    private static readonly Dictionary<string, Func<CubeQuality, double?>> _columns = new(StringComparer.Ordinal)
    {
        ["schools"] = q => q.Schools,
        ["students"] = q => q.Students,
        ["graduates"] = q => q.Graduates,
        ["employed"] = q => q.Employed,
        ["placement_rate"] = q => q.PlacementRate,
        ["further_study_rate"] = q => q.FurtherStudyRate,
        ["entrepreneurship_rate"] = q => q.EntrepreneurshipRate,
        ["related_rate"] = q => q.RelatedRate,
        ["local_employment_rate"] = q => q.LocalEmploymentRate,
        ["local_city_employment_rate"] = q => q.LocalCityEmploymentRate,
        ["mean_monthly_salary"] = q => q.MeanMonthlySalary,
        ["median_monthly_salary"] = q => q.MedianMonthlySalary,
        ["student_teacher_ratio"] = q => q.StudentTeacherRatio,
        ["dual_qualified_share"] = q => q.DualQualifiedShare,
        ["equipment_per_student"] = q => q.EquipmentPerStudent,
        ["dropout_rate"] = q => q.DropoutRate,
    };

    public DashboardValue Of(CubeQuality? row, string column)
    {
        if (row is null)
        {
            return DashboardValue.None;
        }

        var value = _columns[column](row);
        if (value is null)
        {
            return DashboardValue.None;
        }

        var indicator = IndicatorRegistry.Find("cube_quality", column);
        if (indicator is { IsDisclosureControlled: true, DenominatorColumn: { } denominator } && _columns[denominator](row) < minimumDenominator)
        {
            return DashboardValue.Withheld;
        }

        return new DashboardValue(value);
    }

    /// <summary>The indicator's Chinese name from the registry.</summary>
    public static string NameOf(string column) =>
        IndicatorRegistry.Find("cube_quality", column)?.NameZh ?? throw new ArgumentException($"cube_quality has no indicator {column}", nameof(column));
}
