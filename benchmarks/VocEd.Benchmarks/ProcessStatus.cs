using System.Globalization;

namespace VocEd.Benchmarks;

/// <summary>The harnesses' readings of their own process and output: memory from /proc/self/status, bytes on disk.</summary>
internal static class ProcessStatus
{
    /// <summary>A memory field of /proc/self/status (VmRSS, VmHWM…) in whole MiB, or "?" where there is none.</summary>
    public static string MiB(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return (kb / 1024).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "?";
    }

    public static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
