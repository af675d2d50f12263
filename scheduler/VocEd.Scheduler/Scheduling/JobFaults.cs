using System.Data.Common;
using System.Net.Sockets;
using System.Reflection;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// How a job's exception is classified. Transient — worth a retry with backoff: the database unreachable, busy or in a
/// deadlock (a <see cref="DbException"/> that says it is transient, or any failure to connect), a timeout, a network
/// error, an input/output error other than a missing file, and <see cref="TransientJobException"/>. Deferred — run again
/// shortly: <see cref="JobDeferredException"/>. Everything else is permanent: the job is left failed at once, recorded
/// with its exception, and not retried. A bad file is neither: its load ends quarantined, which is the job's result.
/// </summary>
internal static class JobFaults
{
    public static bool IsDeferred(Exception? exception) => Unwrap(exception) is JobDeferredException;

    public static bool IsTransient(Exception? exception)
    {
        var ex = Unwrap(exception);
        return ex switch
        {
            null => false,
            TransientJobException => true,
            JobDeferredException => false,
            DbException db => db.IsTransient || db.InnerException is SocketException or TimeoutException or IOException || IsConnectionFailure(db),
            TimeoutException or SocketException => true,
            FileNotFoundException or DirectoryNotFoundException or EndOfStreamException => false,
            IOException => true,
            _ => ex.InnerException is { } inner && IsTransient(inner),
        };
    }

    /// <summary>The exception itself, out of the wrappers reflection and tasks put around it.</summary>
    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }

    /// <summary>Server errors of class 08 (connection exception) and 57P (operator intervention: shutdown) in PostgreSQL terms.</summary>
    private static bool IsConnectionFailure(DbException db) =>
        db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal));
}
