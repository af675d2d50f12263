using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VocEd.Generator.Manifest;

/// <summary>
/// Streams manifest entries to three temporary files as they are produced (so memory does not grow with the run)
/// and assembles manifest.json from them at the end. Entries arrive in a deterministic order.
/// </summary>
internal sealed class ManifestSink : IDisposable
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _directory;
    private readonly Part _files;
    private readonly Part _faults;
    private readonly Part _consequences;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public ManifestSink(string outputDirectory)
    {
        _directory = outputDirectory;
        var temp = Path.Combine(outputDirectory, ".manifest-parts");
        Directory.CreateDirectory(temp);
        _files = new Part(Path.Combine(temp, "files.part"));
        _faults = new Part(Path.Combine(temp, "faults.part"));
        _consequences = new Part(Path.Combine(temp, "consequences.part"));
        _json = new Utf8JsonWriter(_buffer, _options);
    }

    public int Files => _files.Count;

    public long Faults => _faults.Count;

    public long Consequences => _consequences.Count;

    public void Add(ManifestFile f) => Write(_files, j =>
    {
        j.WriteString("path", f.Path);
        j.WriteString("kind", f.Kind);
        j.WriteString("format", f.Format);
        j.WriteString("encoding", f.Encoding);
        j.WriteString("header_language", f.HeaderLanguage);
        j.WriteString("json_layout", f.JsonLayout);
        j.WriteString("submitter", f.Submitter);
        j.WriteNumber("year", f.Year);
        j.WriteNumber("rows", f.Rows);
        j.WriteNumber("bytes", f.Bytes);
        j.WriteString("sha256", f.Sha256);
        j.WriteString("expected", f.Expected);
        j.WriteString("quarantine_reason", f.QuarantineReason);
        j.WriteNumber("expected_rejected_rows", f.ExpectedRejectedRows);
        j.WriteString("corrects", f.Corrects);
        j.WriteString("corrected_by", f.CorrectedBy);
    });

    public void Add(ManifestFault f) => Write(_faults, j =>
    {
        j.WriteString("file", f.File);
        if (f.Row is { } row)
        {
            j.WriteNumber("row", row);
        }
        else
        {
            j.WriteNull("row");
        }

        j.WriteString("column", f.Column);
        j.WriteString("fault", f.Fault);
        j.WriteString("rule_id", f.RuleId);
    });

    public void Add(ManifestConsequence c) => Write(_consequences, j =>
    {
        j.WriteString("file", c.File);
        j.WriteNumber("row", c.Row);
        j.WriteString("column", c.Column);
        j.WriteString("rule_id", c.RuleId);
        j.WriteString("cause", c.Cause);
    });

    /// <summary>Writes manifest.json: a header object, the three arrays and a summary; then removes the parts.</summary>
    public void Complete(Action<Utf8JsonWriter> header, Action<Utf8JsonWriter> summary)
    {
        _files.Stream.Flush();
        _faults.Stream.Flush();
        _consequences.Stream.Flush();
        using (var output = new FileStream(Path.Combine(_directory, "manifest.json"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            output.Write("{\n"u8);
            WriteMembers(output, header);
            output.Write(",\n"u8);
            CopyArray(output, "files", _files);
            CopyArray(output, "faults", _faults);
            CopyArray(output, "consequential_rejections", _consequences);
            WriteMembers(output, summary);
            output.Write("\n}\n"u8);
        }

        Dispose();
        Directory.Delete(Path.Combine(_directory, ".manifest-parts"), recursive: true);
    }

    public void Dispose()
    {
        _json.Dispose();
        _files.Stream.Dispose();
        _faults.Stream.Dispose();
        _consequences.Stream.Dispose();
    }

    private void WriteMembers(Stream output, Action<Utf8JsonWriter> members)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        members(_json);
        _json.WriteEndObject();
        _json.Flush();
        var span = _buffer.WrittenSpan;
        output.Write(span[1..^1]);
    }

    private static void CopyArray(Stream output, string name, Part part)
    {
        output.Write(System.Text.Encoding.UTF8.GetBytes($"\"{name}\": [\n"));
        part.Stream.Position = 0;
        part.Stream.CopyTo(output);
        output.Write("\n],\n"u8);
    }

    private void Write(Part part, Action<Utf8JsonWriter> members)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        members(_json);
        _json.WriteEndObject();
        _json.Flush();
        if (part.Count > 0)
        {
            part.Stream.Write(",\n"u8);
        }

        part.Stream.Write(_buffer.WrittenSpan);
        part.Count++;
    }

    private sealed class Part(string path)
    {
        public FileStream Stream { get; } = new(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);

        public int Count { get; set; }
    }
}
