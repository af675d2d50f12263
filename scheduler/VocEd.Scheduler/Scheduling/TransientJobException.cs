namespace VocEd.Scheduler.Scheduling;

/// <summary>A passing fault a job met (its inner exception says which): the job is retried with backoff.</summary>
public sealed class TransientJobException : Exception
{
    public TransientJobException()
    {
    }

    public TransientJobException(string message)
        : base(message)
    {
    }

    public TransientJobException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
