using VocEd.Scheduler.Access;

namespace VocEd.Scheduler.Web;

/// <summary>Writes the audit log (even for a request its client gave up on, hence no cancellation): an account name (or <c>unknown</c>), an action, its target (a path, a submission id) and outcome; nothing else about anyone.</summary>
internal sealed class AuditTrail(AccessStore store, TimeProvider time)
{
    public Task WriteAsync(string account, string action, string? target, string outcome) =>
        store.AuditAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, account, action, target, outcome), CancellationToken.None);
}
