namespace VocEd.Reports.Delivery;

/// <summary>The three ends of a send.</summary>
public enum SendStatus
{
    Sent,
    Permanent,
    Transient,
}
