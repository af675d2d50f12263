namespace VocEd.Reports.Cubes;

/// <summary>
/// Which rows of a cube one read takes: one region (null: every region; for a school cube, the schools lying in it),
/// the years from <see cref="FirstYear"/> to <see cref="LastYear"/> (null: no bound on that side), and fixed values of
/// other columns (<see cref="Filters"/>: school_type = all, a supply and a demand basis).
/// </summary>
public sealed record CubeSlice(string? RegionCode = null, int? FirstYear = null, int? LastYear = null)
{
    /// <summary>Column = value conditions besides region and year; each column must be one of the cube's.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; init; } = [];

    /// <summary>One region (null: all) in one year (null: all).</summary>
    public static CubeSlice Of(string? regionCode, int? year) => new(regionCode, year, year);

    /// <summary>This slice, further limited to rows whose <paramref name="column"/> is <paramref name="value"/>.</summary>
    public CubeSlice Where(string column, string value) => this with { Filters = [.. Filters, new(column, value)] };
}
