using System.Security.Cryptography;
using System.Text;
using VocEd.Etl.Pseudonymize;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Pseudonymize;

public sealed class PseudonymKeyTests
{
    private const UnixFileMode _owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode _ownerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Test]
    public void A_key_is_made_only_by_init_and_read_back_the_same()
    {
        using var temp = new TempDirectory();
        var path = temp.File("keys/pseudonym-key.json");

        Assert.That(() => PseudonymKey.Load(path), Throws.TypeOf<PseudonymKeyException>().With.Message.Contains(path).And.Message.Contains("pseudonym-key init"));
        Assert.That(File.Exists(path), Is.False, "loading never makes a key");
        var made = PseudonymKey.Init(path);
        var loaded = PseudonymKey.Load(path);

        Assert.That((loaded.Version, loaded.Fingerprint), Is.EqualTo((1, made.Fingerprint)));
        Assert.That(new Pseudonymizer(loaded).Pseudonymize("X"), Is.EqualTo(new Pseudonymizer(made).Pseudonymize("X")));
        Assert.That(() => PseudonymKey.Init(path), Throws.TypeOf<PseudonymKeyException>(), "init refuses an existing key");
    }

    [Test]
    public void A_new_key_file_is_mode_600_in_a_folder_of_mode_700()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("file modes are a Unix notion");
            return;
        }

        using var temp = new TempDirectory();
        var path = temp.File("secrets/pseudonym-key.json");

        PseudonymKey.Init(path);

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(_owner));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(path)!), Is.EqualTo(_ownerFolder));
    }

    [Test]
    public void A_key_file_or_folder_others_may_read_is_refused_naming_the_file()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("file modes are a Unix notion");
            return;
        }

        using var temp = new TempDirectory();
        var path = temp.File("secrets/pseudonym-key.json");
        PseudonymKey.Init(path);

        File.SetUnixFileMode(path, _owner | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.That(() => PseudonymKey.Load(path), Throws.TypeOf<PseudonymKeyException>().With.Message.Contains(path).And.Message.Contains("644"));
        File.SetUnixFileMode(path, _owner);
        File.SetUnixFileMode(Path.GetDirectoryName(path)!, _ownerFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        Assert.That(() => PseudonymKey.Load(path), Throws.TypeOf<PseudonymKeyException>().With.Message.Contains("755").And.Message.Contains("chmod 700"));
        Assert.That(() => PseudonymKey.Init(temp.File("secrets/other.json")), Throws.TypeOf<PseudonymKeyException>(), "init refuses a folder others may read");
    }

    [TestCase("{\"version\": 1}")]
    [TestCase("{\"version\": 1, \"key\": \"not base64!\"}")]
    [TestCase("{\"version\": 1, \"key\": \"AAEC\"}")]
    [TestCase("{\"version\": 2, \"keys\": [{\"version\": 1, \"key\": \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    [TestCase("not json at all")]
    [TestCase("")]
    public void A_corrupt_key_file_is_one_line_naming_the_file(string content)
    {
        using var temp = new TempDirectory();
        var path = temp.File("secrets/pseudonym-key.json");
        PseudonymKey.Init(path);
        File.WriteAllText(path, content);

        var error = Assert.Throws<PseudonymKeyException>(() => PseudonymKey.Load(path))!;
        Assert.That(error.Message, Does.Contain(path).And.Not.Contain("\n"));
    }

    [Test]
    public void A_rotated_key_keeps_the_old_one_and_pseudonymizes_as_the_new_key_over_the_old_pseudonym()
    {
        using var temp = new TempDirectory();
        var path = temp.File("secrets/pseudonym-key.json");
        var first = PseudonymKey.Init(path);
        var rotated = first.Rotated();
        File.Delete(path);
        rotated.Save(path);
        var loaded = PseudonymKey.Load(path);

        const string id = "11010519491231002X";
        var old = new Pseudonymizer(first).Pseudonymize(id);
        var now = new Pseudonymizer(loaded).Pseudonymize(id);
        Assert.Multiple(() =>
        {
            Assert.That((loaded.Version, loaded.FingerprintOf(1), loaded.Fingerprint), Is.EqualTo((2, first.Fingerprint, rotated.Fingerprint)));
            Assert.That(loaded.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
            Assert.That(now.KeyVersion, Is.EqualTo(2));
            Assert.That(now.Value, Is.EqualTo(loaded.Hash(2, old.Value)), "HMAC(k2, HMAC(k1, id))");
        });
    }

    [Test]
    public void The_fingerprint_is_a_keyed_hash_not_the_key()
    {
        var key = new PseudonymKey(1, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray(), Encoding.ASCII.GetBytes("voced pseudonym key fingerprint")).AsSpan(0, 16));
        Assert.That(key.Fingerprint, Is.EqualTo(expected));
        Assert.That(key.Fingerprint, Does.Not.Contain(Convert.ToHexStringLower(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray())[..8]));
    }
}
