namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// The pseudonym key cannot be used: missing, malformed, readable by others, or not the key the warehouse's pseudonyms
/// were made with. The message is one line and names the key file; it never holds the key.
/// </summary>
public sealed class PseudonymKeyException : Exception
{
    public PseudonymKeyException()
    {
    }

    public PseudonymKeyException(string message)
        : base(message)
    {
    }

    public PseudonymKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
