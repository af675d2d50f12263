using System.Globalization;
using System.Runtime.InteropServices;
using VocEd.Etl.Extract;
using VocEd.Etl.Templates;

namespace VocEd.Etl.Validate;

/// <summary>
/// Counts, over a first pass through a file, the submitter and year its rows carry; the most frequent wins (ties:
/// the first seen). Memory is bounded: after <see cref="MaxDistinct"/> distinct values, new ones are not counted.
/// </summary>
internal sealed class SubmissionIdentityDetector
{
    public const int MaxDistinct = 10_000;

    private readonly SubmissionTemplate _template;
    private readonly Dictionary<string, (long Count, long First)> _submitters = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (long Count, long First)> _years = [];

    public SubmissionIdentityDetector(SubmissionTemplate template) => _template = template;

    public void Add(RawRow row)
    {
        if (NormalizeSubmitter(_template, row.Values[_template.SubmitterIndex].Trim()) is { } submitter)
        {
            Count(_submitters, submitter, row.RowNumber);
        }

        if (int.TryParse(row.Values[_template.YearIndex].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Count(_years, year, row.RowNumber);
        }
    }

    public SubmissionIdentity Result => new(Winner(_submitters), _years.Count == 0 ? null : Winner(_years));

    /// <summary>A well-formed submitter value in its normalized form, or null.</summary>
    public static string? NormalizeSubmitter(SubmissionTemplate template, string value)
    {
        if (template.Kind == SubmissionKind.RegionalIndustry)
        {
            return RegionCode.Normalize(value);
        }

        return value.Length == 10 && AsciiDigits.Only(value) ? value : null;
    }

    private static void Count<T>(Dictionary<T, (long Count, long First)> counts, T value, long row)
        where T : notnull
    {
        if (counts.Count < MaxDistinct)
        {
            // One lookup whether the value is new or not.
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out var exists);
            entry = exists ? (entry.Count + 1, entry.First) : (1, row);
        }
        else if (counts.TryGetValue(value, out var entry))
        {
            counts[value] = (entry.Count + 1, entry.First);
        }
    }

    private static T? Winner<T>(Dictionary<T, (long Count, long First)> counts)
        where T : notnull =>
        counts.Count == 0
            ? default
            : counts.OrderByDescending(e => e.Value.Count).ThenBy(e => e.Value.First).First().Key;
}
