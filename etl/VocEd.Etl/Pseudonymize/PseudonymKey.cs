using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace VocEd.Etl.Pseudonymize;

/// <summary>
/// The secret key of the pseudonyms: every version the file has held, oldest first. It lives in a key file outside the
/// warehouse (named by configuration, mode 600 in a folder of mode 700), never in the database:
/// <c>{"version": 2, "keys": [{"version": 1, "key": "&lt;base64&gt;"}, {"version": 2, "key": "&lt;base64&gt;"}]}</c>
/// (a file of one key may be written <c>{"version": 1, "key": "&lt;base64&gt;"}</c>). A citizen ID's pseudonym is
/// HMAC-SHA256 under the first key, then again under each later key in turn — HMAC(k2, HMAC(k1, id)) after one rotation
/// — since a rotation re-keys the stored pseudonyms p ↦ HMAC(k2, p) and cannot start from the IDs, which are never kept.
/// </summary>
public sealed class PseudonymKey
{
    public const int KeyBytes = 32;

    /// <summary>What the fingerprint hashes under the key: it names the key without revealing it.</summary>
    private static readonly byte[] _fingerprintText = Encoding.ASCII.GetBytes("voced pseudonym key fingerprint");

    private const UnixFileMode _othersMask = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly (int Version, byte[] Key)[] _keys;

    /// <summary>A key of one version.</summary>
    public PseudonymKey(int version, ReadOnlySpan<byte> key)
        : this([(version, key.ToArray())])
    {
    }

    private PseudonymKey((int Version, byte[] Key)[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Version < 1 || (i > 0 && keys[i].Version != keys[i - 1].Version + 1))
            {
                throw new ArgumentOutOfRangeException(nameof(keys), keys[i].Version, "key versions are 1 or more and follow each other");
            }

            if (keys[i].Key.Length < KeyBytes)
            {
                throw new ArgumentException($"a pseudonym key has at least {KeyBytes} bytes", nameof(keys));
            }
        }

        _keys = keys.Length > 0 ? keys : throw new ArgumentException("a key file holds at least one key", nameof(keys));
    }

    /// <summary>The current version: the one every new pseudonym is made with, and recorded with it.</summary>
    public int Version => _keys[^1].Version;

    /// <summary>The current key's fingerprint (a keyed hash of a fixed text, lower-case hex): what the warehouse records.</summary>
    public string Fingerprint => FingerprintOf(_keys[^1].Key);

    /// <summary>The current key.</summary>
    internal ReadOnlySpan<byte> Key => _keys[^1].Key;

    /// <summary>Every version, oldest first: a pseudonym is the HMAC under the first, then under each later one.</summary>
    internal IReadOnlyList<(int Version, byte[] Key)> Keys => _keys;

    /// <summary>A new random key (not saved).</summary>
    public static PseudonymKey Generate(int version) => new(version, RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>This key with a new random key of the next version after it (not saved).</summary>
    public PseudonymKey Rotated() => new([.. _keys, (Version + 1, RandomNumberGenerator.GetBytes(KeyBytes))]);

    /// <summary>The fingerprint of the version <paramref name="version"/>, or null when the file does not hold it.</summary>
    public string? FingerprintOf(int version) => _keys.Where(k => k.Version == version).Select(k => FingerprintOf(k.Key)).FirstOrDefault();

    /// <summary>
    /// Reads a key file. Throws <see cref="PseudonymKeyException"/>, naming the file, when it is missing (a key is made
    /// only by <see cref="Init"/>), readable or writable by others or in a folder that is, or malformed.
    /// </summary>
    public static PseudonymKey Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new PseudonymKeyException($"no pseudonym key at {path}: make one with `voced pseudonym-key init` (once per warehouse; back it up), or point Etl:PseudonymKeyFile at the warehouse's key");
        }

        CheckPermissions(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Parse(document.RootElement) ?? throw new PseudonymKeyException($"{path} is not a pseudonym key file ({{\"version\": n, \"keys\": [{{\"version\": n, \"key\": \"base64\"}}]}})");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidOperationException or IOException)
        {
            throw new PseudonymKeyException($"{path} is not a readable pseudonym key file: {ex.GetType().Name}", ex);
        }
    }

    /// <summary>
    /// Makes a new key file: a random key of version 1, mode 600, its folder made with mode 700. Refuses an existing
    /// file, and a folder that others may read or write.
    /// </summary>
    public static PseudonymKey Init(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            throw new PseudonymKeyException($"{path} exists already: a key is made once (its pseudonyms would no longer match with another)");
        }

        var key = Generate(1);
        key.Save(path);
        return key;
    }

    /// <summary>
    /// Writes the key to a new file (fails if it exists): mode 600, in a folder made with mode 700 when missing; an
    /// existing folder that others may read or write is refused.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            CheckFolder(directory, path);
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
        writer.WriteStartArray("keys");
        foreach (var (version, key) in _keys)
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", version);
            writer.WriteBase64String("key", key);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>HMAC-SHA256 of <paramref name="input"/> under the key of <paramref name="version"/> (a rotation's step p ↦ HMAC(k, p)).</summary>
    internal byte[] Hash(int version, ReadOnlySpan<byte> input) => HMACSHA256.HashData(_keys.Single(k => k.Version == version).Key, input);

    private static string FingerprintOf(byte[] key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, _fingerprintText).AsSpan(0, 16));

    private static PseudonymKey? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var current) || !current.TryGetInt32(out var currentVersion))
        {
            return null;
        }

        if (root.TryGetProperty("key", out var single))
        {
            return single.ValueKind == JsonValueKind.String && single.TryGetBytesFromBase64(out var bytes) ? new PseudonymKey(currentVersion, bytes) : null;
        }

        if (!root.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var keys = new List<(int, byte[])>();
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("version", out var v) || !v.TryGetInt32(out var version)
                || !entry.TryGetProperty("key", out var k) || k.ValueKind != JsonValueKind.String || !k.TryGetBytesFromBase64(out var bytes))
            {
                return null;
            }

            keys.Add((version, bytes));
        }

        var ring = new PseudonymKey([.. keys.OrderBy(k => k.Item1)]);
        return ring.Version == currentVersion ? ring : null;
    }

    private static void CheckPermissions(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & _othersMask) != 0)
        {
            throw new PseudonymKeyException($"{path} has mode {Octal(mode)}: others may read or change the pseudonym key; chmod 600 {path}");
        }

        CheckFolder(Path.GetDirectoryName(Path.GetFullPath(path))!, path);
    }

    private static void CheckFolder(string directory, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(directory);
        if ((mode & _othersMask) != 0)
        {
            throw new PseudonymKeyException($"the folder of the pseudonym key {path} has mode {Octal(mode)}: others may list or replace it; chmod 700 {directory}");
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
}
