using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Extract;
using VocEd.Etl.Pseudonymize;
using VocEd.Etl.Templates;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Pipeline;

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

    public SubmissionScan Scan(string path, CancellationToken cancellationToken = default)
    {
        var fileBytes = new FileInfo(path).Length;
        var hash = ContentHash(path, cancellationToken);
        var format = SubmissionFormatDetector.Detect(path);
        if (fileBytes > _options.MaxFileBytes)
        {
            return new SubmissionScan(path, format, null, hash, fileBytes, _context, _pseudonymizer)
            {
                Problem = new FileProblem(RuleIds.FileUnreadable, $"the file has {fileBytes} bytes, more than the limit of {_options.MaxFileBytes}")
                {
                    DetailZh = $"文件大小 {fileBytes} 字节，超过上限 {_options.MaxFileBytes} 字节",
                },
            };
        }

        DetectedEncoding? encoding = null;
        if (format == SubmissionFormat.Csv)
        {
            using var stream = File.OpenRead(path);
            encoding = TextEncodingDetector.Detect(stream);
        }

        while (true)
        {
            try
            {
                return FirstPass(path, format, encoding, hash, fileBytes, cancellationToken);
            }
            catch (SubmissionUnreadableException ex) when (ex.InnerException is DecoderFallbackException && encoding?.Fallback is { } fallback)
            {
                // Undecodable as UTF-8 after an all-ASCII prefix: read it again as GB18030.
                encoding = fallback;
            }
            catch (SubmissionUnreadableException ex)
            {
                return new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer)
                {
                    Problem = new FileProblem(RuleIds.FileUnreadable, ex.Message),
                };
            }
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
            DetectedEncoding? encoding = null;
            if (format == SubmissionFormat.Csv)
            {
                using var stream = File.OpenRead(path);
                encoding = TextEncodingDetector.Detect(stream);
            }

            while (true)
            {
                try
                {
                    using var reader = SubmissionReaderFactory.Open(path, format, encoding);
                    return KindDetector.Detect(reader.Headers).Template?.Kind;
                }
                catch (SubmissionUnreadableException ex) when (ex.InnerException is DecoderFallbackException && encoding?.Fallback is { } fallback)
                {
                    encoding = fallback;
                }
            }
        }
        catch (Exception ex) when (ex is SubmissionUnreadableException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private SubmissionScan FirstPass(string path, SubmissionFormat format, DetectedEncoding? encoding, string hash, long fileBytes, CancellationToken cancellationToken)
    {
        using var reader = SubmissionReaderFactory.Open(path, format, encoding);
        var detection = KindDetector.Detect(reader.Headers);
        if (detection.Template is not { } template)
        {
            return new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer)
            {
                KindDetection = detection,
                Problem = new FileProblem(RuleIds.FileUnknownKind, detection.Message) { DetailZh = detection.MessageZh },
            };
        }

        var identity = new SubmissionIdentityDetector(template);
        long rows = 0;
        foreach (var row in reader.ReadRows(HeaderMatcher.For(template.Kind), cancellationToken))
        {
            identity.Add(row);
            rows++;
        }

        return new SubmissionScan(path, format, encoding, hash, fileBytes, _context, _pseudonymizer)
        {
            KindDetection = detection,
            Identity = identity.Result,
            RowCount = rows,
        };
    }

    private static string ContentHash(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hash.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
