using VocEd.Etl.Quarantine;
using VocEd.Etl.Tests.TestSupport;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Quarantine;

/// <summary>Quarantined files: kept whole, owner-only, purged after the retention period.</summary>
public sealed class QuarantineStoreTests
{
    [Test]
    public void A_kept_file_is_a_whole_owner_only_copy_that_is_purged_after_the_retention_period()
    {
        using var temp = new TempDirectory();
        var source = temp.Write("bad.xlsx", [1, 2, 3, 4]);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var folder = Path.Combine(temp.Path, "quarantine");
        var kept = new QuarantineStore(folder, TimeSpan.FromDays(30), new FixedTimeProvider(now)).Keep(source, new string('a', 64), "2024/enrollment/bad.xlsx");

        Assert.That(File.ReadAllBytes(kept), Is.EqualTo(new byte[] { 1, 2, 3, 4 }));
        Assert.That(Path.GetFileName(kept), Is.EqualTo("aaaaaaaaaaaaaaaa_2024_enrollment_bad.xlsx"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(folder), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(File.GetUnixFileMode(kept), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        Assert.That(new QuarantineStore(folder, TimeSpan.FromDays(30), new FixedTimeProvider(now.AddDays(29))).Purge(), Is.Zero);
        Assert.That(new QuarantineStore(folder, TimeSpan.FromDays(30), new FixedTimeProvider(now.AddDays(31))).Purge(), Is.EqualTo(1));
        Assert.That(File.Exists(kept), Is.False);
    }
}
