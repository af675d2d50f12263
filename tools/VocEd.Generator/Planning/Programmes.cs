using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Planning;

/// <summary>
/// The programmes per school type and their shares of the intake (the generator's assumptions).
/// _technical durations follow docs/domain.md (Majors) (checked against technical-program-durations.csv by a test).
/// </summary>
public static class Programmes
{
    private static readonly Programme[] _secondary =
    [
        new("regular", null, null, 3, 0.85, 15),
        new("through", null, null, 3, 0.15, 15),
    ];

    private static readonly Programme[] _associate =
    [
        new("regular", null, null, 3, 0.70, 18),
        new("through", null, null, 2, 0.15, 18),
        new("five_year", null, null, 5, 0.10, 15),
        new("expansion", null, null, 3, 0.05, 24),
    ];

    private static readonly Programme[] _bachelor =
    [
        new("regular", null, null, 4, 1.0, 18),
    ];

    private static readonly Programme[] _technical =
    [
        new("regular", "intermediate", "junior", 3, 0.45, 15),
        new("regular", "senior", "junior", 5, 0.20, 15),
        new("regular", "senior", "senior", 3, 0.15, 18),
        new("regular", "senior", "technical", 2, 0.08, 18),
        new("regular", "technician", "junior", 6, 0.04, 15),
        new("regular", "technician", "senior", 4, 0.04, 18),
        new("regular", "technician", "technical", 4, 0.02, 18),
        new("regular", "technician", "senior_technical", 2, 0.02, 20),
    ];

    public static IReadOnlyList<Programme> DurationsOf(string schoolType) => schoolType switch
    {
        MajorLevels.Secondary => _secondary,
        MajorLevels.Associate => _associate,
        MajorLevels.Bachelor => _bachelor,
        MajorLevels.Technical => _technical,
        _ => throw new ArgumentException($"unknown school type {schoolType}", nameof(schoolType)),
    };

    /// <summary>The longest programme of any type: how many entry cohorts a year's roster spans.</summary>
    public const int MaxYears = 6;
}
