namespace VocEd.Etl.Templates;

/// <summary>Whether a template column must carry a value.</summary>
public enum ColumnPresence
{
    /// <summary>Every row must fill it (rule <c>required</c>).</summary>
    Required,

    /// <summary>Required or forbidden depending on other values (technical schools, employed graduates).</summary>
    Conditional,

    /// <summary>May be empty.</summary>
    Optional,
}
