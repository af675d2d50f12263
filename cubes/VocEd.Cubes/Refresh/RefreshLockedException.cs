namespace VocEd.Cubes.Refresh;

/// <summary>Another refresh holds the <see cref="RefreshLock"/> and did not finish within the wait; the message names it.</summary>
public sealed class RefreshLockedException : Exception
{
    public RefreshLockedException()
    {
    }

    public RefreshLockedException(string holder)
        : base($"the cubes are being refreshed by {holder}")
    {
    }

    public RefreshLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
