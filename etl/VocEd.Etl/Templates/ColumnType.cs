namespace VocEd.Etl.Templates;

/// <summary>How a template column's text is read.</summary>
public enum ColumnType
{
    /// <summary>Digits (or letters, for region codes) where leading zeros matter.</summary>
    Code,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number.</summary>
    DecimalNumber,

    /// <summary>A calendar date written yyyy-MM-dd.</summary>
    Date,

    /// <summary>One value of a closed list (English code or Chinese alias).</summary>
    Enum,
}
