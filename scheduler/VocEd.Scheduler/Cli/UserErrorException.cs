namespace VocEd.Scheduler.Cli;

/// <summary>A mistake the user can fix (a bad option, a missing file): printed as one line, no stack trace.</summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException()
    {
    }

    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
