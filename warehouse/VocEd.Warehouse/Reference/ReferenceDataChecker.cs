using System.Globalization;
using System.Text.RegularExpressions;
using VocEd.Warehouse.Indicators;

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
        Require(set.PolicyThresholds.Where(t => !IsThresholdIndicator(t.Indicator))
            .Select(t => $"policy threshold {t.SchoolType} {t.Indicator}: not a cube_quality indicator nor a per-school figure ({string.Join(", ", PerSchoolThresholdFigures)})"));
        Require(Duplicates(set.PolicyThresholds.Select(t => $"{t.SchoolType}/{t.Indicator}/{t.Level}"), "policy threshold"));
    }

    /// <summary>Figures a threshold may name beside the cube_quality indicators: they exist per school only (school_profile).</summary>
    internal static IReadOnlyList<string> PerSchoolThresholdFigures { get; } = ["fulltime_teachers"];

    private static bool IsThresholdIndicator(string indicator) =>
        IndicatorRegistry.Find(CubeCatalog.Quality.Table, indicator) is not null || PerSchoolThresholdFigures.Contains(indicator, StringComparer.Ordinal);

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
