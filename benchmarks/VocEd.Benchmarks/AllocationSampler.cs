using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace VocEd.Benchmarks;

/// <summary>
/// Where the allocations go (`--allocations 1`): listens to the runtime's GC AllocationTick events (one per ≈ 100 KB
/// allocated on a thread, naming the type that crossed the mark) and prints the types that took the most ticks,
/// separately for the large object heap. A sample, not an exact count; it slows the run a little. With `--jit 1`
/// also what the JIT compiled: methods by namespace and optimization tier.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords _gcKeyword = (EventKeywords)0x1;
    private const EventKeywords _jitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentDictionary<(string Type, bool Large), long> _bytes = new();
    private readonly ConcurrentDictionary<string, long> _methods = new(StringComparer.Ordinal);

    public bool Jit { get; init; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, _gcKeyword | _jitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || eventData.PayloadNames is not { } names)
        {
            return;
        }

        if (Jit && name.StartsWith("MethodLoadVerbose", StringComparison.Ordinal))
        {
            var space = names.IndexOf("MethodNamespace") is var n and >= 0 ? eventData.Payload![n] as string ?? "?" : "?";
            var tier = names.IndexOf("OptimizationTier") is var o and >= 0 ? Convert.ToString(eventData.Payload![o], CultureInfo.InvariantCulture) : "?";
            var dots = space.Split('.', '`', '[', '+');
            _methods.AddOrUpdate($"{string.Join('.', dots.Take(3))} [{tier}]", 1, (_, c) => c + 1);
            return;
        }

        if (!name.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            return;
        }

        var type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload![t] as string ?? "?" : "?";
        var large = names.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(eventData.Payload![k], CultureInfo.InvariantCulture) == 1;
        var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload![a], CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate((type, large), amount, (_, sum) => sum + amount);
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation sample: {total / (1024.0 * 1024 * 1024):F1} GiB in ticks; top types"));
        foreach (var ((type, large), bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:F1} %  {(large ? "LOH " : string.Empty)}{type}"));
        }

        if (Jit)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"methods loaded by the JIT: {_methods.Values.Sum():N0}; top namespaces [tier]"));
            foreach (var (space, count) in _methods.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,7:N0}  {space}"));
            }
        }
    }
}
