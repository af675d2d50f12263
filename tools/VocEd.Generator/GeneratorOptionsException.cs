namespace VocEd.Generator;

/// <summary>A generator option is invalid; the message is one line meant for the user.</summary>
public sealed class GeneratorOptionsException : ArgumentException
{
    public GeneratorOptionsException()
    {
    }

    public GeneratorOptionsException(string message)
        : base(message)
    {
    }

    public GeneratorOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
