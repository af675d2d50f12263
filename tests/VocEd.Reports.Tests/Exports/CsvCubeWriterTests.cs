using VocEd.Reports.Exports;

namespace VocEd.Reports.Tests.Exports;

public sealed class CsvCubeWriterTests
{
    [Test]
    public void Text_that_could_run_as_a_formula_is_neutralized_and_numbers_are_not()
    {
        Assert.That(CsvCubeWriter.Format("=HYPERLINK(\"http://x\",\"y\")"), Is.EqualTo("'=HYPERLINK(\"http://x\",\"y\")"));
        Assert.That(CsvCubeWriter.Format("+1+1"), Is.EqualTo("'+1+1"));
        Assert.That(CsvCubeWriter.Format(-0.25), Is.EqualTo("-0.25"));
        Assert.That(CsvCubeWriter.Format("广东省"), Is.EqualTo("广东省"));
    }
}
