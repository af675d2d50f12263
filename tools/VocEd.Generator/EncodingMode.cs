namespace VocEd.Generator;

/// <summary>Text encoding of the CSV files written (XLSX and JSON are always UTF-8).</summary>
public enum EncodingMode
{
    /// <summary>UTF-8, with and without BOM.</summary>
    Utf8,

    /// <summary>GB18030 for every CSV file.</summary>
    Gb18030,

    /// <summary>Mostly UTF-8 (with and without BOM), some GB18030.</summary>
    Mixed,
}
