using VocEd.Scheduler.Jobs;

namespace VocEd.Scheduler.Tests.Jobs;

public sealed class InboxScannerTests
{
    [TestCase("2024/enrollment/4401.csv", false)]
    [TestCase("4401.xlsx", false)]
    [TestCase("4401.csv.tmp", true)]
    [TestCase("4401.csv.part", true)]
    [TestCase(".4401.csv", true)]
    [TestCase(".sync/4401.csv", true)]
    [TestCase("manifest.json", true)]
    public void Files_being_copied_hidden_files_and_the_manifest_are_not_received(string relative, bool ignored) =>
        Assert.That(InboxScanner.IsIgnored(relative), Is.EqualTo(ignored));
}
