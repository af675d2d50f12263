using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Etl.Conform;

/// <summary>
/// The dim_school versions of the schools one submission names, read before its rows stream (a bulk copy holds the
/// connection): the key of the version valid in an academic year, the first version for a year before it, unknown
/// (−1) for a school without versions.
/// </summary>
public sealed class SchoolKeys
{
    private readonly Dictionary<string, (int From, int To, int Key)[]> _versions;

    private SchoolKeys(Dictionary<string, (int From, int To, int Key)[]> versions) => _versions = versions;

    /// <summary>The keys from dim_school rows already read (code, valid from, valid to, key).</summary>
    public static SchoolKeys Of(IEnumerable<(string Code, int From, int To, int Key)> versions) =>
        new(versions.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.From).Select(r => (r.From, r.To, r.Key)).ToArray(), StringComparer.Ordinal));

    /// <summary>The keys of schools whose versions are already in hand (just rebuilt), with no read.</summary>
    public static SchoolKeys Of(IReadOnlyDictionary<string, SchoolRebuild> rebuilt)
    {
        ArgumentNullException.ThrowIfNull(rebuilt);
        return Of(rebuilt.SelectMany(r => r.Value.Versions.Select(v => (r.Key, v.From, v.To, v.Key))));
    }

    /// <summary>The keys of every version of the school (none for a school without versions).</summary>
    public IReadOnlyCollection<int> KeysOf(string schoolCode) =>
        _versions.TryGetValue(schoolCode, out var versions) ? [.. versions.Select(v => v.Key)] : [];

    public int For(string? schoolCode, int academicYear)
    {
        if (schoolCode is null || !_versions.TryGetValue(schoolCode, out var versions) || versions.Length == 0)
        {
            return DimSchool.UnknownKey;
        }

        foreach (var (from, to, key) in versions)
        {
            if (academicYear >= from && academicYear <= to)
            {
                return key;
            }
        }

        return academicYear < versions[0].From ? versions[0].Key : versions[^1].Key;
    }
}
