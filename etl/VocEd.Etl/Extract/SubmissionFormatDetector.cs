namespace VocEd.Etl.Extract;

/// <summary>A file's format: by extension (.csv, .xlsx, .json, .jsonl), otherwise by its first bytes.</summary>
public static class SubmissionFormatDetector
{
    public static SubmissionFormat Detect(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return SubmissionFormat.Xlsx;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return SubmissionFormat.Json;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return SubmissionFormat.Csv;
        }

        using var stream = SubmissionFiles.OpenRead(path);
        Span<byte> head = stackalloc byte[64];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Sniff(head[..length]);
    }

    /// <summary>A zip header means XLSX; a first non-space character of [ or { means JSON; anything else CSV.</summary>
    public static SubmissionFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SubmissionFormat.Xlsx;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var text = head.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && (text[0] == (byte)'[' || text[0] == (byte)'{') ? SubmissionFormat.Json : SubmissionFormat.Csv;
    }
}
