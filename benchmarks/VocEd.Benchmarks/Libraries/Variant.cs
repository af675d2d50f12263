namespace VocEd.Benchmarks.Libraries;

/// <summary>A way of doing a comparison's job: its label and one timed run of it.</summary>
internal sealed record Variant(string Name, Func<Trial> Run);
