namespace VocEd.Scheduler.Access;

/// <summary>One line of the audit log (acc_audit): who (an account name, or <c>unknown</c>), did what, to what, and how it ended.</summary>
internal sealed record AuditEntry(DateTime OccurredAt, string Account, string Action, string? Target, string Outcome);
