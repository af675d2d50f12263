using System.Text.Json;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>The parts of a generator manifest.json the load tests compare against.</summary>
internal sealed class SampleManifest
{
    private SampleManifest(List<ManifestFileEntry> files, HashSet<(string File, int Row, string Rule)> rejections)
    {
        Files = files;
        Rejections = rejections;
    }

    public IReadOnlyList<ManifestFileEntry> Files { get; }

    /// <summary>Faults plus consequential rejections as (file, row, rule); a file-level fault is row 0.</summary>
    public IReadOnlySet<(string File, int Row, string Rule)> Rejections { get; }

    public static SampleManifest Read(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var root = doc.RootElement;
        var files = root.GetProperty("files").EnumerateArray().Select(f => new ManifestFileEntry(
            f.GetProperty("path").GetString() ?? string.Empty,
            f.GetProperty("kind").GetString() ?? string.Empty,
            f.GetProperty("format").GetString() ?? string.Empty,
            f.GetProperty("encoding").GetString(),
            f.GetProperty("header_language").GetString() ?? string.Empty,
            f.GetProperty("rows").GetInt32(),
            f.GetProperty("expected").GetString() ?? string.Empty,
            f.GetProperty("quarantine_reason").GetString(),
            f.GetProperty("expected_rejected_rows").GetInt32(),
            f.GetProperty("corrects").GetString())).ToList();
        var rejections = new HashSet<(string, int, string)>();
        foreach (var fault in root.GetProperty("faults").EnumerateArray())
        {
            rejections.Add((fault.GetProperty("file").GetString() ?? string.Empty,
                fault.GetProperty("row").ValueKind == JsonValueKind.Number ? fault.GetProperty("row").GetInt32() : 0,
                fault.GetProperty("rule_id").GetString() ?? string.Empty));
        }

        foreach (var consequence in root.GetProperty("consequential_rejections").EnumerateArray())
        {
            rejections.Add((consequence.GetProperty("file").GetString() ?? string.Empty,
                consequence.GetProperty("row").GetInt32(),
                consequence.GetProperty("rule_id").GetString() ?? string.Empty));
        }

        return new SampleManifest(files, rejections);
    }
}
