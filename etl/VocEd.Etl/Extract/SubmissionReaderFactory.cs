namespace VocEd.Etl.Extract;

/// <summary>Opens the streaming reader for a file of a known format (and, for CSV, encoding).</summary>
internal static class SubmissionReaderFactory
{
    private const int _fileBufferSize = 64 * 1024;

    public static ISubmissionReader Open(string path, SubmissionFormat format, DetectedEncoding? encoding)
    {
        // CSV goes through a StreamReader that reads whole blocks: a FileStream buffer under it would only copy them.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, format == SubmissionFormat.Csv ? 0 : _fileBufferSize, FileOptions.SequentialScan);
        try
        {
            return format switch
            {
                SubmissionFormat.Csv => new CsvSubmissionReader(stream, encoding ?? TextEncodingDetector.Detect(stream)),
                SubmissionFormat.Xlsx => new XlsxSubmissionReader(stream),
                SubmissionFormat.Json => new JsonSubmissionReader(stream),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
