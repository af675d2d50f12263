using System.Globalization;
using System.Text.RegularExpressions;
using VocEd.Warehouse.Indicators;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Reference;

/// <summary>Cross-file checks, so a replacement catalog that breaks the model fails at load with a clear message.</summary>
internal static partial class ReferenceDataChecker
{
    public static void Check(ReferenceDataSet set)
    {
        var provinces = set.Provinces.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var prefectures = set.Prefectures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        Require(set.Prefectures.Where(p => !provinces.Contains(p.ProvinceCode)).Select(p => $"prefecture {p.Code} names unknown province {p.ProvinceCode}"));
        Require(set.Counties.Where(c => !prefectures.Contains(c.PrefectureCode)).Select(c => $"county {c.Code} names unknown prefecture {c.PrefectureCode}"));
        Require(set.Counties.Where(c => c.Code.Length != 6 || !c.Code.StartsWith(c.PrefectureCode, StringComparison.Ordinal))
            .Select(c => $"county {c.Code} is not a 6-digit code inside prefecture {c.PrefectureCode}"));
        Require(Duplicates(set.Counties.Select(c => c.Code), "county"));

        var levels = new[] { MajorLevels.Secondary, MajorLevels.Associate, MajorLevels.Bachelor };
        var categories = set.MajorCategories.Select(c => (c.Level, c.CategoryCode)).ToHashSet();
        Require(set.MajorCategories.Where(c => MajorLevels.LevelOfCategory(int.Parse(c.CategoryCode, CultureInfo.InvariantCulture)) != c.Level)
            .Select(c => $"category {c.CategoryCode} lies outside the code range of level {c.Level}"));
        Require(set.EducationMajors.Where(m => !levels.Contains(m.Level) || m.MajorCode.Length != 6 || !categories.Contains((m.Level, m.MajorCode[..2])))
            .Select(m => $"education major {m.MajorCode} ({m.Level}) has no category {m.MajorCode[..Math.Min(2, m.MajorCode.Length)]} at its level"));
        Require(Duplicates(set.EducationMajors.Select(m => m.MajorCode), "education major"));

        var catalogs = set.MajorCatalogs.Select(c => c.CatalogCode).ToHashSet(StringComparer.Ordinal);
        var technicalCategories = set.TechnicalCategories.Select(c => c.NameZh).ToHashSet(StringComparer.Ordinal);
        Require(set.TechnicalCategories.Where(c => !TechnicalCubeCode().IsMatch(c.CubeCode) || (c.Prefix.Length > 0 && c.CubeCode != "T" + c.Prefix))
            .Select(c => $"technical category {c.NameZh}: cube_code '{c.CubeCode}' is not T followed by two digits (T + the prefix {c.Prefix} when it has one)"));
        Require(Duplicates(set.TechnicalCategories.Select(c => c.CubeCode), "technical category cube_code"));
        Require(set.TechnicalMajors.Where(m => !catalogs.Contains(m.CatalogCode)).Select(m => $"technical major {m.MajorCode} names unknown catalog {m.CatalogCode}"));
        Require(set.TechnicalMajors.Where(m => !technicalCategories.Contains(m.CategoryZh)).Select(m => $"technical major {m.MajorCode} names unknown category {m.CategoryZh}"));
        Require(Duplicates(set.TechnicalMajors.Select(m => m.CatalogCode + "/" + m.MajorCode), "technical major"));

        var sections = set.IndustrySections.Select(s => s.Section).ToHashSet(StringComparer.Ordinal);
        Require(set.Crosswalk.Where(c => !sections.Contains(c.Section)).Select(c => $"crosswalk row {c.CategoryCode} → {c.Section}: unknown section"));
        Require(set.Crosswalk.GroupBy(c => (c.Crosswalk, c.CategoryCode, c.EffectiveFrom))
            .Where(g => g.Sum(c => c.Weight) != 1m)
            .Select(g => $"crosswalk {g.Key.Crosswalk} category {g.Key.CategoryCode} from {g.Key.EffectiveFrom:yyyy-MM-dd}: weights sum to {g.Sum(c => c.Weight)}, not 1"));

        var schoolTypes = set.SchoolTypes.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        Require(set.PolicyThresholds.Where(t => !schoolTypes.Contains(t.SchoolType)).Select(t => $"policy threshold {t.Indicator}: unknown school type {t.SchoolType}"));
        Require(set.PolicyThresholds.Where(t => t.Comparison is not PolicyThresholdRef.AtMost and not PolicyThresholdRef.AtLeast)
            .Select(t => $"policy threshold {t.SchoolType} {t.Indicator}: comparison '{t.Comparison}' is not <= or >="));
        Require(set.PolicyThresholds.Where(t => !ThresholdIndicators.All.Contains(t.Indicator, StringComparer.Ordinal))
            .Select(t => $"policy threshold {t.SchoolType} {t.Indicator}: thresholds may name {string.Join(", ", ThresholdIndicators.All)} (each has a breach column in cube_quality_school)"));
        Require(Duplicates(set.PolicyThresholds.Select(t => $"{t.SchoolType}/{t.Indicator}/{t.Level}"), "policy threshold"));

        Require(set.Destinations.Where(d => !DestinationRef.ReportGroups.Contains(d.ReportGroup, StringComparer.Ordinal))
            .Select(d => $"destination {d.Code}: report group '{d.ReportGroup}' is not one of {string.Join(", ", DestinationRef.ReportGroups)}"));
        var deadlineKinds = new[] { SubmissionKinds.SchoolProfile, SubmissionKinds.Enrollment, SubmissionKinds.GraduateDestination, SubmissionKinds.RegionalIndustry };
        Require(deadlineKinds.Where(k => set.SubmissionDeadlines.Count(d => d.SubmissionKind == k) != 1)
            .Select(k => $"submission deadlines: {k} must have exactly one row"));
        Require(set.SubmissionDeadlines.Where(d => !deadlineKinds.Contains(d.SubmissionKind, StringComparer.Ordinal))
            .Select(d => $"submission deadline: unknown kind {d.SubmissionKind}"));
        Require(set.SubmissionDeadlines.Where(d => d.YearsAfter is < 0 or > 5 || d.Month is < 1 or > 12 || d.Day < 1 || d.Day > DateTime.DaysInMonth(2023, d.Month))
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"submission deadline {d.SubmissionKind}: {d.Month}-{d.Day} (+{d.YearsAfter} years) is not a day of every year")));
    }

    [GeneratedRegex("^T[0-9]{2}$")]
    private static partial Regex TechnicalCubeCode();

    private static IEnumerable<string> Duplicates(IEnumerable<string> codes, string what) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{what} {g.Key} appears {g.Count()} times");

    private static void Require(IEnumerable<string> problems)
    {
        var list = problems.Take(5).ToList();
        if (list.Count > 0)
        {
            throw new ReferenceDataException("reference data is inconsistent: " + string.Join("; ", list));
        }
    }
}
