using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Records;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Scan;

/// <summary>
/// What a first pass over a submission file found — format, encoding, kind, submitter, year, content hash, row
/// count, or the reason it must be quarantined whole — and the means to stream its validated rows.
/// </summary>
public sealed class SubmissionScan
{
    private readonly IValidationContext _context;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly DetectedEncoding? _encoding;
    private readonly ReadLimits _limits;

    internal SubmissionScan(string path, SubmissionFormat format, DetectedEncoding? encoding, string contentHash, long fileBytes, IValidationContext context,
        Pseudonymizer pseudonymizer, ReadLimits? limits = null)
    {
        _limits = limits ?? ReadLimits.Default;
        Path = path;
        Format = format;
        _encoding = encoding;
        ContentHash = contentHash;
        FileBytes = fileBytes;
        _context = context;
        _pseudonymizer = pseudonymizer;
    }

    public string Path { get; }

    public SubmissionFormat Format { get; }

    /// <summary>utf-8-bom, utf-8 or gb18030 for CSV; utf-8 for JSON; null for XLSX.</summary>
    public string? Encoding => Format switch
    {
        SubmissionFormat.Csv => _encoding?.Name,
        SubmissionFormat.Json => TextEncodingDetector.Utf8Name,
        _ => null,
    };

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string ContentHash { get; }

    public long FileBytes { get; }

    /// <summary>The kind, or null when the header matches no template (see <see cref="KindDetection"/>).</summary>
    public SubmissionKind? Kind => KindDetection?.Template?.Kind;

    /// <summary>The header analysis; null when the file could not be read as far as its header.</summary>
    public KindDetection? KindDetection { get; internal init; }

    /// <summary>The submitter (school code or normalized region code) most rows carry, or null.</summary>
    public string? Submitter => Identity.Submitter;

    /// <summary>The year most rows carry, or null.</summary>
    public int? Year => Identity.Year;

    public SubmissionIdentity Identity { get; internal init; } = new(null, null);

    /// <summary>Data rows in the file (blank lines not counted).</summary>
    public long RowCount { get; internal init; }

    /// <summary>Why the whole file is quarantined (<c>file_unreadable</c>, <c>file_unknown_kind</c>), or null.</summary>
    public FileProblem? Problem { get; internal init; }

    public bool IsReadable => Problem is null && Failure is null;

    /// <summary>
    /// Why the file could not be scanned at all (it vanished, is no regular file, failed to open, exhausted memory):
    /// then there is no content hash, nothing to register, and the file is that run's failure; null otherwise.
    /// </summary>
    public string? Failure { get; internal init; }

    /// <summary>
    /// Streams the rows, validated and pseudonymized, in file order; memory stays flat whatever the file's size
    /// (except the per-file set of keys that finds duplicates). Each call reads the file again. Throws
    /// <see cref="InvalidOperationException"/> when <see cref="IsReadable"/> is false, and
    /// <see cref="SubmissionUnreadableException"/> when the file changed since the scan and no longer reads.
    /// </summary>
    public IEnumerable<ValidatedRow> ReadRows(CancellationToken cancellationToken = default)
    {
        if (Problem is not null || KindDetection?.Template is not { } template)
        {
            throw new InvalidOperationException($"{Path} is quarantined ({Problem?.ReasonCode}); it has no rows to read");
        }

        return Stream(template, cancellationToken);
    }

    private IEnumerable<ValidatedRow> Stream(SubmissionTemplate template, CancellationToken cancellationToken)
    {
        using var reader = SubmissionReaderFactory.Open(Path, Format, _encoding, _limits);
        using var validator = RowValidator.Create(template.Kind, _context, Identity, _pseudonymizer, RowCount);
        foreach (var row in reader.ReadRows(HeaderMatcher.For(template.Kind), cancellationToken))
        {
            yield return validator.Validate(row);
        }
    }
}
