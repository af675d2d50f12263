using System.Security.Cryptography;
using System.Text.Json;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// The secret key of the pseudonyms, with its version. It lives in a key file outside the warehouse (named by
/// configuration), never in the database: <c>{"version": 1, "key": "&lt;base64 of 32 random bytes&gt;"}</c>.
/// Rotating the key means a new version and re-keying.
/// </summary>
public sealed class PseudonymKey
{
    public const int KeyBytes = 32;

    private readonly byte[] _key;

    public PseudonymKey(int version, ReadOnlySpan<byte> key)
    {
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "a key version is 1 or more");
        }

        if (key.Length < KeyBytes)
        {
            throw new ArgumentException($"a pseudonym key has at least {KeyBytes} bytes", nameof(key));
        }

        Version = version;
        _key = key.ToArray();
    }

    public int Version { get; }

    internal ReadOnlySpan<byte> Key => _key;

    /// <summary>A new random key (not saved).</summary>
    public static PseudonymKey Generate(int version) => new(version, RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>Reads a key file; throws <see cref="InvalidDataException"/> when it is malformed.</summary>
    public static PseudonymKey Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var versionNumber)
            || !root.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String || !key.TryGetBytesFromBase64(out var bytes))
        {
            throw new InvalidDataException($"{path} is not a pseudonym key file ({{\"version\": n, \"key\": \"base64\"}})");
        }

        return new PseudonymKey(versionNumber, bytes);
    }

    /// <summary>
    /// Loads the key file at <paramref name="path"/>, first creating it with a new random key of
    /// <paramref name="version"/> when absent — readable and writable by the owner only (chmod 600) on Unix.
    /// </summary>
    public static PseudonymKey LoadOrCreate(string path, int version = 1)
    {
        if (!File.Exists(path))
        {
            Generate(version).Save(path);
        }

        return Load(path);
    }

    /// <summary>Writes the key to a new file (fails if it exists), owner read/write only on Unix.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteBase64String("key", _key);
        writer.WriteEndObject();
    }
}
