namespace VocEd.Warehouse.Reference;

/// <summary>A reference data file is missing or malformed; the message names the file and line.</summary>
public sealed class ReferenceDataException : Exception
{
    public ReferenceDataException()
    {
    }

    public ReferenceDataException(string message)
        : base(message)
    {
    }

    public ReferenceDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
