namespace VocEd.Reports.Delivery;

/// <summary>
/// A delivery met a passing fault (mail server down or refusing for now, a drop folder unwritable): what was delivered
/// stays delivered, the rest is recorded as <c>retry</c>, and running the delivery again finishes it. An
/// <see cref="IOException"/>, so a host that retries input/output faults with backoff retries it.
/// </summary>
public sealed class DeliveryTransientException : IOException
{
    public DeliveryTransientException()
    {
    }

    public DeliveryTransientException(string message)
        : base(message)
    {
    }

    public DeliveryTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
