using System.Diagnostics;

namespace VocEd.Cubes.Refresh;

/// <summary>Wall-clock seconds per refresh step (summed over years), to say where a refresh spends its time.</summary>
internal sealed class CubeRefreshSteps
{
    private readonly Dictionary<string, double> _seconds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Timings => _seconds;

    public async Task<T> TimeAsync<T>(string step, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work().ConfigureAwait(false);
        _seconds[step] = _seconds.GetValueOrDefault(step) + clock.Elapsed.TotalSeconds;
        return result;
    }
}
