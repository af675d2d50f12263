namespace VocEd.Warehouse.Secure.Model;

/// <summary>
/// One line of the web host's audit log: when, the account name (<c>unknown</c> for a name that matches no account),
/// the action (sign-in, upload, download, denial …), its target (a submission id, a report path) and the outcome.
/// Nothing else about anyone: no address, password, key or personal data.
/// </summary>
public sealed class AccAudit
{
    public long AuditId { get; set; }

    public DateTime OccurredAt { get; set; }

    public required string Account { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public required string Outcome { get; set; }
}
