using VocEd.Etl.Templates;

namespace VocEd.Etl.Extract;

/// <summary>
/// A streaming reader of one submission file: the header is read on open, rows one at a time after.
/// Throws <see cref="SubmissionUnreadableException"/> when the file cannot be read.
/// </summary>
internal interface ISubmissionReader : IDisposable
{
    /// <summary>The header texts as found in the file (for JSON: the keys of the first object).</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Streams the data rows, values placed by <paramref name="matcher"/>'s template columns. Enumerate once.</summary>
    IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="ReadRows(HeaderMatcher, CancellationToken)"/> (same rows, same count), for a pass that needs
    /// only some template columns: the others may come back empty. A reader that gains nothing from it reads them all.
    /// A row's values are valid until the next row is read (a reader may fill one array for every row).
    /// </summary>
    IEnumerable<RawRow> ReadRows(HeaderMatcher matcher, IReadOnlySet<int> columns, CancellationToken cancellationToken) =>
        ReadRows(matcher, cancellationToken);
}
