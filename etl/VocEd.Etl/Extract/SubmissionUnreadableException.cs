namespace VocEd.Etl.Extract;

/// <summary>A file cannot be read at all (undecodable bytes, corrupt XLSX, invalid JSON): the whole file is quarantined.</summary>
public sealed class SubmissionUnreadableException : Exception
{
    public SubmissionUnreadableException()
    {
    }

    public SubmissionUnreadableException(string message)
        : base(message)
    {
    }

    public SubmissionUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
