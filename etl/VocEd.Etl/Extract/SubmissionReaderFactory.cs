namespace VocEd.Etl.Extract;

/// <summary>Opens the streaming reader for a file of a known format (and, for CSV, encoding), within the reading limits.</summary>
internal static class SubmissionReaderFactory
{
    private const int _fileBufferSize = 64 * 1024;

    public static ISubmissionReader Open(string path, SubmissionFormat format, DetectedEncoding? encoding, ReadLimits? limits = null)
    {
        // CSV goes through a StreamReader that reads whole blocks: a FileStream buffer under it would only copy them.
        var stream = SubmissionFiles.OpenRead(path, sequential: true, format == SubmissionFormat.Csv ? 0 : _fileBufferSize);
        try
        {
            return format switch
            {
                SubmissionFormat.Csv => new CsvSubmissionReader(stream, encoding ?? TextEncodingDetector.Detect(stream), limits),
                SubmissionFormat.Xlsx => new XlsxSubmissionReader(stream, limits),
                SubmissionFormat.Json => new JsonSubmissionReader(stream, limits),
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
