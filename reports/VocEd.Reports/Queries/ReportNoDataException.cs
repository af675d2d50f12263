namespace VocEd.Reports.Queries;

/// <summary>A report was asked for a region or year the cubes hold no rows for: a clear error, never an empty workbook. A fan-out skips such a region.</summary>
public sealed class ReportNoDataException : Exception
{
    public ReportNoDataException()
    {
    }

    public ReportNoDataException(string message)
        : base(message)
    {
    }

    public ReportNoDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
