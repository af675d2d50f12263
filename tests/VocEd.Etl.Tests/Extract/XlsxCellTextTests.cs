using VocEd.Etl.Extract;

namespace VocEd.Etl.Tests.Extract;

public sealed class XlsxCellTextTests
{
    [TestCase("4401000001.0", ExpectedResult = "4401000001")]
    [TestCase("4.401000001E9", ExpectedResult = "4401000001")]
    [TestCase("1.1010519491231002E+17", ExpectedResult = "110105194912310020")]
    [TestCase("12.50", ExpectedResult = "12.5")]
    [TestCase("0127", ExpectedResult = "127")]
    public string Numbers_are_written_without_decimals_or_exponent(string stored) => XlsxCellText.FormatNumber(stored);

    [TestCase("A1", ExpectedResult = 0)]
    [TestCase("D7", ExpectedResult = 3)]
    [TestCase("AA10", ExpectedResult = 26)]
    [TestCase("12", ExpectedResult = -1)]
    public int Column_letters_give_the_column(string reference) => XlsxCellText.ColumnIndex(reference);

    [Test]
    public void Date_serial_becomes_an_iso_date() =>
        Assert.That(XlsxCellText.FormatDate("45900"), Is.EqualTo("2025-08-31"));
}
