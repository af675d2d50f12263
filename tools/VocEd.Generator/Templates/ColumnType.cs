namespace VocEd.Generator.Templates;

/// <summary>How a template column's value is written: text (codes are text), a number, or a value from a list.</summary>
public enum ColumnType
{
    Text,
    Code,
    WholeNumber,
    Amount,
    Date,
    Choice,
}
