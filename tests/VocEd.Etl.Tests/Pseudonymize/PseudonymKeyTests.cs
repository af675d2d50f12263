using VocEd.Etl.Pseudonymize;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Pseudonymize;

public sealed class PseudonymKeyTests
{
    [Test]
    public void Missing_key_file_is_created_once_and_read_back_the_same()
    {
        using var temp = new TempDirectory();
        var path = temp.File("keys/pseudonym-key.json");

        var created = PseudonymKey.LoadOrCreate(path, version: 2);
        var loaded = PseudonymKey.LoadOrCreate(path, version: 5);

        Assert.That(loaded.Version, Is.EqualTo(2));
        Assert.That(new Pseudonymizer(loaded).Pseudonymize("X"), Is.EqualTo(new Pseudonymizer(created).Pseudonymize("X")));
    }

    [Test]
    public void New_key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("file modes are a Unix notion");
            return;
        }

        using var temp = new TempDirectory();
        var path = temp.File("pseudonym-key.json");

        PseudonymKey.LoadOrCreate(path);

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Malformed_key_file_is_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad.json", "{\"version\": 1}"u8.ToArray());

        Assert.That(() => PseudonymKey.Load(path), Throws.TypeOf<InvalidDataException>());
    }
}
