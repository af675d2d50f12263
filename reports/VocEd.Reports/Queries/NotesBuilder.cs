using System.Globalization;
using VocEd.Reports.Models;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Reference;

namespace VocEd.Reports.Queries;

/// <summary>The 说明 sheet's content: the shown indicators from the registry, and the thresholds with their sources.</summary>
internal static class NotesBuilder
{
    public static ReportNotes Build(IEnumerable<Indicator> indicators, IEnumerable<PolicyThresholdRef> thresholds) => new(
        [.. indicators.Select(i => new IndicatorNote(i.NameZh, $"{i.Cube}.{i.Column}", i.Formula, i.Numerator, i.Denominator, i.Unit, i.Source, i.IsDisclosureControlled))],
        [.. thresholds.Select(t => new ThresholdNote(
            SchoolTypeNames.Name(t.SchoolType),
            IndicatorRegistry.Find(CubeCatalog.Quality.Table, t.Indicator)?.NameZh ?? (t.Indicator == "fulltime_teachers" ? "专任教师数（每校）" : t.Indicator),
            RuleText(t),
            t.Level,
            t.Source))]);

    public static string RuleText(PolicyThresholdRef threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return string.Create(CultureInfo.InvariantCulture,
            $"{(threshold.Comparison == PolicyThresholdRef.AtMost ? "≤" : "≥")} {threshold.Value:#,##0.##}{(threshold.Unit.Length > 0 ? " " + threshold.Unit : string.Empty)}");
    }
}
