using System.Globalization;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Planning;

/// <summary>The majors a school of each type may teach, from the reference catalogs, and codes that are in no catalog.</summary>
internal sealed class MajorPool
{
    private readonly Dictionary<string, List<PlannedMajor>> _byLevel = new(StringComparer.Ordinal);
    private readonly List<PlannedMajor> _technicalNational = [];
    private readonly Dictionary<string, List<PlannedMajor>> _technicalByProvince = new(StringComparer.Ordinal);
    private readonly HashSet<string> _educationCodes;
    private readonly HashSet<string> _technicalCodes;

    public MajorPool(ReferenceDataSet reference)
    {
        var secondaryByCategory = reference.EducationMajors
            .Where(m => m.Level == MajorLevels.Secondary)
            .GroupBy(m => m.MajorCode[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(m => m.MajorCode) ?? string.Empty, StringComparer.Ordinal);
        foreach (var m in reference.EducationMajors.OrderBy(m => m.MajorCode, StringComparer.Ordinal))
        {
            var associateCategory = MajorLevels.ToAssociateCode(m.Level, m.MajorCode[..2]);
            var secondaryCategory = (int.Parse(associateCategory, CultureInfo.InvariantCulture) + 20).ToString(CultureInfo.InvariantCulture);
            var secondary = m.Level == MajorLevels.Associate ? secondaryByCategory.GetValueOrDefault(secondaryCategory) : null;
            if (!_byLevel.TryGetValue(m.Level, out var list))
            {
                _byLevel[m.Level] = list = [];
            }

            list.Add(new PlannedMajor(m.MajorCode, secondary, associateCategory, 0));
        }

        var catalogs = reference.MajorCatalogs.ToDictionary(c => c.CatalogCode, StringComparer.Ordinal);
        foreach (var m in reference.TechnicalMajors.OrderBy(m => m.CatalogCode, StringComparer.Ordinal).ThenBy(m => m.MajorCode, StringComparer.Ordinal))
        {
            var major = new PlannedMajor(m.MajorCode, null, m.CategoryZh, 0);
            var scope = catalogs.TryGetValue(m.CatalogCode, out var c) ? c.ScopeRegionCode : "CN";
            if (scope == "CN")
            {
                _technicalNational.Add(major);
            }
            else
            {
                if (!_technicalByProvince.TryGetValue(scope, out var list))
                {
                    _technicalByProvince[scope] = list = [];
                }

                list.Add(major);
            }
        }

        _educationCodes = reference.EducationMajors.Select(m => m.MajorCode).ToHashSet(StringComparer.Ordinal);
        _technicalCodes = reference.TechnicalMajors.Select(m => m.MajorCode).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The majors a school of <paramref name="schoolType"/> in <paramref name="provinceCode"/> may teach.</summary>
    public IReadOnlyList<PlannedMajor> For(string schoolType, string provinceCode) =>
        schoolType == MajorLevels.Technical
            ? [.. _technicalNational, .. _technicalByProvince.GetValueOrDefault(provinceCode) ?? []]
            : _byLevel.GetValueOrDefault(schoolType) ?? [];

    /// <summary>Majors of the education level given (for level-mismatch faults).</summary>
    public IReadOnlyList<PlannedMajor> OfLevel(string level) => _byLevel.GetValueOrDefault(level) ?? [];

    /// <summary>Featured (provincial) technical majors of provinces other than <paramref name="provinceCode"/>.</summary>
    public IReadOnlyList<PlannedMajor> FeaturedOutside(string provinceCode) =>
        [.. _technicalByProvince.Where(p => p.Key != provinceCode).SelectMany(p => p.Value)];

    /// <summary>A well-formed code in no catalog: 6 digits in the level's category range, or 4 digits for technical schools.</summary>
    public string UnknownCode(string schoolType, int variant)
    {
        if (schoolType == MajorLevels.Technical)
        {
            for (var i = 0; ; i++)
            {
                var code = (9999 - ((variant + i) % 900)).ToString("D4", CultureInfo.InvariantCulture);
                if (!_technicalCodes.Contains(code))
                {
                    return code;
                }
            }
        }

        var baseCategory = schoolType switch { MajorLevels.Secondary => 61, MajorLevels.Associate => 41, _ => 21 };
        for (var i = 0; ; i++)
        {
            var category = baseCategory + ((variant + i) % 19);
            var code = (category * 10000 + 9999 - (i / 19)).ToString("D6", CultureInfo.InvariantCulture);
            if (!_educationCodes.Contains(code))
            {
                return code;
            }
        }
    }
}
