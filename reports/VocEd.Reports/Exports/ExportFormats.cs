namespace VocEd.Reports.Exports;

/// <summary>Which files an export writes per cube.</summary>
[Flags]
public enum ExportFormats
{
    None = 0,
    Csv = 1,
    Parquet = 2,
    Both = Csv | Parquet,
}
