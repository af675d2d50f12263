namespace VocEd.Reports.Delivery;

/// <summary>How one send ended: delivered, refused for good (a bad address), or a passing fault; the error with addresses removed.</summary>
public sealed record SendResult(SendStatus Status, string? Error)
{
    public static SendResult Sent { get; } = new(SendStatus.Sent, null);
}
