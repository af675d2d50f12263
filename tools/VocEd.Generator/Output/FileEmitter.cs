using VocEd.Generator.Randomness;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Output;

/// <summary>Writes one submission file in its layout, optionally damaged, and returns its size and SHA-256.</summary>
internal static class FileEmitter
{
    public static (long Bytes, string Sha256) Emit(
        string fullPath, SubmissionTemplate template, FileLayout layout, IReadOnlyList<OutputRow> rows, int truncateLastRowAt, bool corrupt, ulong corruptSeed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath) ?? ".");
        using var file = new FileStream(fullPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var hashing = new HashingStream(file);
        if (corrupt)
        {
            using var memory = new MemoryStream();
            XlsxFileWriter.Write(memory, template, layout, rows);
            var bytes = memory.ToArray();
            Corrupt(bytes, corruptSeed);
            hashing.Write(bytes);
        }
        else
        {
            switch (layout.Format)
            {
                case SubmissionFormat.Csv:
                    CsvFileWriter.Write(hashing, template, layout, rows, truncateLastRowAt);
                    break;
                case SubmissionFormat.Xlsx:
                    XlsxFileWriter.Write(hashing, template, layout, rows);
                    break;
                default:
                    JsonFileWriter.Write(hashing, template, layout, rows);
                    break;
            }
        }

        hashing.Flush();
        return (hashing.BytesWritten, hashing.HashHex());
    }

    /// <summary>Overwrites everything after the first 30 bytes (the local header of the first entry) with noise: no zip reader can open it.</summary>
    private static void Corrupt(byte[] bytes, ulong seed)
    {
        var rng = new Prng(seed);
        for (var i = 30; i < bytes.Length; i++)
        {
            bytes[i] = (byte)rng.NextUInt64();
        }
    }
}
