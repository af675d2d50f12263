using System.Globalization;

namespace VocEd.Warehouse.Reference;

/// <summary>Levels of the education major catalog and the position of a category in each level's code range.</summary>
public static class MajorLevels
{
    public const string Secondary = "secondary";
    public const string Associate = "associate";
    public const string Bachelor = "bachelor";
    public const string Technical = "technical";

    /// <summary>Offset to add to a category code of <paramref name="level"/> to reach its associate-level position.</summary>
    public static int OffsetToAssociate(string level) => level switch
    {
        Secondary => -20,
        Associate => 0,
        Bachelor => 20,
        _ => throw new ArgumentException($"'{level}' is not an education catalog level", nameof(level)),
    };

    public static string ToAssociateCode(string level, string categoryCode) =>
        (int.Parse(categoryCode, CultureInfo.InvariantCulture) + OffsetToAssociate(level)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The education level whose category range holds a 2-digit category code, or null.</summary>
    public static string? LevelOfCategory(int categoryCode) => categoryCode switch
    {
        >= 21 and <= 39 => Bachelor,
        >= 41 and <= 59 => Associate,
        >= 61 and <= 79 => Secondary,
        _ => null,
    };
}
