namespace VocEd.Reports.Cubes;

/// <summary>The type of a cube column as exports and readers see it, the same on every provider.</summary>
public enum CubeColumnType
{
    Text,
    WholeNumber,
    RealNumber,
    Timestamp,
    Boolean,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,
}
