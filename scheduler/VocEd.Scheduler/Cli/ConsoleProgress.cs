namespace VocEd.Scheduler.Cli;

/// <summary>
/// Progress on standard error: one line rewritten in place on a terminal (at most every 250 ms),
/// or a plain line every 10 seconds when redirected (CI logs stay short).
/// </summary>
internal sealed class ConsoleProgress<T>(TextWriter writer, Func<T, string> format) : IProgress<T>
{
    private readonly bool _interactive = !Console.IsErrorRedirected && ReferenceEquals(writer, Console.Error);
    private readonly Lock _gate = new();
    private DateTime _last = DateTime.MinValue;
    private bool _wroteInPlace;

    public void Report(T value)
    {
        var now = DateTime.UtcNow;
        lock (_gate)
        {
            if (now - _last < (_interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10)))
            {
                return;
            }

            _last = now;
            if (_interactive)
            {
                writer.Write("\r" + format(value).PadRight(Math.Max(Console.WindowWidth - 1, 20))[..Math.Max(Console.WindowWidth - 1, 20)]);
                _wroteInPlace = true;
            }
            else
            {
                writer.WriteLine(format(value));
            }
        }
    }

    /// <summary>Ends the in-place line so the next output starts on a fresh line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_wroteInPlace)
            {
                writer.WriteLine();
                _wroteInPlace = false;
            }
        }
    }
}
