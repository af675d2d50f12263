using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Validate;

/// <summary>
/// <c>unknown_major</c> and <c>major_level_mismatch</c>, checked only when the school is known. A 6-digit code is
/// looked up in the education catalog; a 4-digit code in the national technical catalog, then the school's
/// provincial featured catalog.
/// </summary>
internal static class MajorChecker
{
    /// <summary>
    /// The major, or null. <paramref name="secondaryAllowed"/>: true when route five_year in grades 1–3 allows an
    /// associate school a secondary major; null when route or grade is unknown, so the exception cannot be decided.
    /// </summary>
    public static MajorInfo? Check(RowChecker row, IValidationContext context, int column, string? majorCode, SchoolInfo? school, bool? secondaryAllowed)
    {
        if (majorCode is null || school is null)
        {
            return null;
        }

        var provincial = MajorCatalogs.TechnicalProvincial(school.ProvinceCode);
        var major = majorCode.Length == 6
            ? context.FindMajor(MajorCatalogs.Education, majorCode)
            : context.FindMajor(MajorCatalogs.TechnicalNational, majorCode) ?? context.FindMajor(provincial, majorCode);
        if (major is null)
        {
            var catalogs = majorCode.Length == 6 ? MajorCatalogs.Education : $"{MajorCatalogs.TechnicalNational} + {provincial}";
            row.Fail(RuleIds.UnknownMajor, column, majorCode, catalogs);
            return null;
        }

        var expected = context.MajorLevelOf(school.SchoolType);
        if (expected is null || string.Equals(major.Level, expected, StringComparison.Ordinal))
        {
            return major;
        }

        var fiveYearCase = string.Equals(school.SchoolType, MajorLevels.Associate, StringComparison.Ordinal)
            && string.Equals(major.Level, MajorLevels.Secondary, StringComparison.Ordinal);
        if (fiveYearCase && secondaryAllowed is not false)
        {
            return major;
        }

        row.Fail(RuleIds.MajorLevelMismatch, column, majorCode, school.SchoolType);
        return major;
    }
}
