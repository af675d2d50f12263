namespace VocEd.Warehouse.Indicators;

/// <summary>The type of a cube's descriptive (non-key, non-indicator) column, the same on every provider.</summary>
public enum CubeDescriptiveType
{
    Text,
    WholeNumber,
    Boolean,
    Date,
    Timestamp,
}
