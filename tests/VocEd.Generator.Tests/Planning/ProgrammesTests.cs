using VocEd.Generator.Planning;
using VocEd.Generator.Tests.Support;
using VocEd.Warehouse.Reference;

namespace VocEd.Generator.Tests.Planning;

public sealed class ProgrammesTests
{
    [Test]
    public void Technical_programme_durations_follow_the_reference_table()
    {
        var reference = GeneratedRuns.Reference;

        Assert.That(Programmes.DurationsOf(MajorLevels.Technical).Select(p => reference.TechnicalDuration(p.TrainingLevel!, p.EntryLevel!)), // technical programmes always name both levels
            Is.EqualTo(Programmes.DurationsOf(MajorLevels.Technical).Select(p => (int?)p.Years)));
    }

    [TestCase(MajorLevels.Secondary)]
    [TestCase(MajorLevels.Associate)]
    [TestCase(MajorLevels.Bachelor)]
    [TestCase(MajorLevels.Technical)]
    public void Programme_shares_sum_to_one(string type) =>
        Assert.That(Programmes.DurationsOf(type).Sum(p => p.Share), Is.EqualTo(1.0).Within(1e-9));
}
