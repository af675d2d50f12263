using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Scan;

/// <summary>
/// The entry point of the extract, validate and pseudonymize stages: <see cref="Scan"/> makes a first pass over a
/// file (hash, format, encoding, kind, submitter and year, row count — or the reason to quarantine it), then
/// <see cref="SubmissionScan.ReadRows"/> streams its validated, pseudonymized rows.
/// </summary>
public sealed class SubmissionScanner
{
    private readonly IValidationContext _context;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly EtlOptions _options;

    public SubmissionScanner(IValidationContext context, Pseudonymizer pseudonymizer, EtlOptions? options = null)
    {
        _context = context;
        _pseudonymizer = pseudonymizer;
        _options = options ?? new EtlOptions();
    }

    /// <summary>
    /// Whether a UTF-8 CSV file's first pass reads its bytes (<see cref="Utf8CsvFirstPass"/>: hash, check and the two
    /// identity columns in one read) rather than its decoded text; the two give the same scan (tests compare them).
    /// </summary>
    internal bool FirstPassOnBytes { get; init; } = true;

    /// <summary>
    /// The first pass over one file. Whatever the file does — vanishes, turns out not to be a regular file, fails to
    /// open, exhausts memory — comes back as the scan's <see cref="SubmissionScan.Failure"/>: one file's failure, never
    /// the run's (only a cancellation is thrown).
    /// </summary>
    public SubmissionScan Scan(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return ScanFile(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SubmissionScan(path, SubmissionFormat.Csv, null, string.Empty, 0, _context, _pseudonymizer)
            {
                Failure = $"{ex.GetType().Name}: {ex.Message}",
            };
        }
    }

    private SubmissionScan ScanFile(string path, CancellationToken cancellationToken)
    {
        var type = SubmissionFiles.TypeOf(path);
        if (type != SubmissionFileType.Regular)
        {
            throw new IOException($"not a regular file ({SubmissionFiles.Describe(type)})");
        }

        var fileBytes = new FileInfo(path).Length;
        var format = SubmissionFormatDetector.Detect(path);
        if (fileBytes > _options.MaxFileBytes)
        {
            return new SubmissionScan(path, format, null, ContentHash(path, cancellationToken), fileBytes, _context, _pseudonymizer, _options.Limits)
            {
                Problem = new FileProblem(RuleIds.FileUnreadable, $"the file has {fileBytes} bytes, more than the limit of {_options.MaxFileBytes}")
                {
                    DetailZh = $"文件大小 {fileBytes} 字节，超过上限 {_options.MaxFileBytes} 字节",
                },
            };
        }

        var encoding = InitialEncoding(path, format);
        if (FirstPassOnBytes && encoding is { Encoding.CodePage: 65001 } utf8 && FirstPassOfUtf8(path, utf8, fileBytes, cancellationToken) is { } scan)
        {
            return scan;
        }

        var hash = ContentHash(path, cancellationToken);
        try
        {
            return WithEncodingFallback(ref encoding, e => FirstPass(path, format, e, hash, fileBytes, cancellationToken));
        }
        catch (SubmissionUnreadableException ex)
        {
            return new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer, _options.Limits)
            {
                Problem = new FileProblem(RuleIds.FileUnreadable, ex.Message),
            };
        }
    }

    /// <summary>
    /// The kind a file's header names, from the header alone (cheap: the processing order needs it before the full
    /// scans run); null when the file is too large, unreadable or of no known kind — <see cref="Scan"/> says why.
    /// </summary>
    public SubmissionKind? PeekKind(string path)
    {
        try
        {
            if (new FileInfo(path).Length > _options.MaxFileBytes)
            {
                return null;
            }

            var format = SubmissionFormatDetector.Detect(path);
            var encoding = InitialEncoding(path, format);
            return WithEncodingFallback(ref encoding, e =>
            {
                using var reader = SubmissionReaderFactory.Open(path, format, e, _options.Limits);
                return KindDetector.Detect(reader.Headers).Template?.Kind;
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // the scan says why
        }
    }

    private SubmissionScan FirstPass(string path, SubmissionFormat format, DetectedEncoding? encoding, string hash, long fileBytes, CancellationToken cancellationToken)
    {
        using var reader = SubmissionReaderFactory.Open(path, format, encoding, _options.Limits);
        var detection = KindDetector.Detect(reader.Headers);
        if (detection.Template is not { } template)
        {
            return Scanned(path, format, encoding, hash, fileBytes, detection, null, 0);
        }

        var identity = new SubmissionIdentityDetector(template);
        long rows = 0;
        // Only the submitter and year columns are looked at here (CSV builds no text for the others).
        var columns = new HashSet<int> { template.SubmitterIndex, template.YearIndex };
        foreach (var row in reader.ReadRows(HeaderMatcher.For(template.Kind), columns, cancellationToken))
        {
            identity.Add(row);
            rows++;
        }

        return Scanned(path, format, encoding, hash, fileBytes, detection, identity.Result, rows);
    }

    /// <summary>What a first pass found: a header of no known kind (quarantined whole, with the detection's reason), or the identity and row count.</summary>
    private SubmissionScan Scanned(string path, SubmissionFormat format, DetectedEncoding? encoding, string hash, long fileBytes,
        KindDetection detection, SubmissionIdentity? identity, long rows) =>
        detection.Template is null
            ? new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer, _options.Limits)
            {
                KindDetection = detection,
                Problem = new FileProblem(RuleIds.FileUnknownKind, detection.Message) { DetailZh = detection.MessageZh },
            }
            : new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer, _options.Limits)
            {
                KindDetection = detection,
                Identity = identity ?? throw new ArgumentNullException(nameof(identity)),
                RowCount = rows,
            };

    /// <summary>
    /// <see cref="FirstPass"/> of a CSV file detected as UTF-8, on its bytes; null when they turn out not to be valid
    /// UTF-8 (the text pass then reads the file, reports it or falls back to GB18030, as it always did).
    /// </summary>
    private SubmissionScan? FirstPassOfUtf8(string path, DetectedEncoding encoding, long fileBytes, CancellationToken cancellationToken)
    {
        KindDetection? detection = null;
        SubmissionIdentityDetector? identity = null;
        string[] values = [];
        var (submitterColumn, yearColumn) = (0, 0);
        var result = Utf8CsvFirstPass.Run(
            path,
            encoding.PreambleLength,
            headers =>
            {
                detection = KindDetector.Detect(headers);
                if (detection.Template is not { } template)
                {
                    return null;
                }

                identity = new SubmissionIdentityDetector(template);
                values = new string[template.Columns.Count];
                Array.Fill(values, string.Empty);
                (submitterColumn, yearColumn) = (template.SubmitterIndex, template.YearIndex);
                var map = HeaderMatcher.For(template.Kind).Map(headers);
                return (Array.IndexOf(map, submitterColumn), Array.IndexOf(map, yearColumn));
            },
            (row, submitter, year) =>
            {
                values[submitterColumn] = submitter;
                values[yearColumn] = year;
                identity!.Add(new RawRow(row, values));
            },
            cancellationToken,
            limits: _options.Limits);
        if (result is null)
        {
            return null;
        }

        detection ??= KindDetector.Detect(result.Headers); // a file without a record: no header
        return Scanned(path, SubmissionFormat.Csv, encoding, result.ContentHash, fileBytes, detection, identity?.Result, result.Rows);
    }

    /// <summary>The encoding a CSV file is read in first (detected from its opening bytes); null for XLSX and JSON.</summary>
    private static DetectedEncoding? InitialEncoding(string path, SubmissionFormat format)
    {
        if (format != SubmissionFormat.Csv)
        {
            return null;
        }

        using var stream = SubmissionFiles.OpenRead(path);
        return TextEncodingDetector.Detect(stream);
    }

    /// <summary>
    /// Reads the file in <paramref name="encoding"/>; when it turns out undecodable as UTF-8 after an all-ASCII
    /// prefix, reads it again as GB18030. <paramref name="encoding"/> ends as the one last tried.
    /// </summary>
    private static T WithEncodingFallback<T>(ref DetectedEncoding? encoding, Func<DetectedEncoding?, T> read)
    {
        while (true)
        {
            try
            {
                return read(encoding);
            }
            catch (SubmissionUnreadableException ex) when (ex.InnerException is DecoderFallbackException && encoding?.Fallback is { } fallback)
            {
                encoding = fallback;
            }
        }
    }

    private static string ContentHash(string path, CancellationToken cancellationToken)
    {
        using var stream = SubmissionFiles.OpenRead(path, sequential: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
