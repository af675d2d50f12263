namespace VocEd.Benchmarks.Libraries;

/// <summary>
/// One timed run of one variant: wall time, this process's CPU time (all threads; a database server's is not counted),
/// the units of work done (rows, IDs) and a digest of what it produced, which every variant of a comparison must share.
/// </summary>
internal readonly record struct Trial(TimeSpan Elapsed, TimeSpan Cpu, long Units, string Digest);
