using VocEd.Warehouse.Text;

namespace VocEd.Warehouse.Tests.Text;

public sealed class FormulaGuardTests
{
    [TestCase("=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("+1+1")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\t=1")]
    [TestCase("\r=1")]
    public void Text_a_spreadsheet_could_run_gets_the_text_prefix(string value)
    {
        Assert.That(FormulaGuard.IsFormulaLike(value));
        Assert.That(FormulaGuard.Neutralize(value), Is.EqualTo("'" + value));
        Assert.That(FormulaGuard.IsFormulaLike(FormulaGuard.Neutralize(value)), Is.False, "neutralizing twice changes nothing more");
    }

    [TestCase("广州软件职业技术学院")]
    [TestCase("-3.5")]
    [TestCase("+12")]
    [TestCase("1e-5")]
    [TestCase("")]
    [TestCase(null)]
    public void Plain_text_and_numbers_are_left_alone(string? value) =>
        Assert.That(FormulaGuard.Neutralize(value), Is.EqualTo(value));

    [Test]
    public void Every_row_written_as_csv_is_neutralized_and_quoted()
    {
        using var writer = new StringWriter();
        CsvWriter.WriteRow(writer, ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-0.25", "学校"]);
        Assert.That(writer.ToString(), Is.EqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1+1,-0.25,学校\n"));
    }
}
