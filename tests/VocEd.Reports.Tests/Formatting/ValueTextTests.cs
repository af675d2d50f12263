using VocEd.Reports.Formatting;

namespace VocEd.Reports.Tests.Formatting;

public sealed class ValueTextTests
{
    [TestCase(0.875, ValueFormat.Percent, "87.5%")]
    [TestCase(12345.0, ValueFormat.Count, "12,345")]
    [TestCase(4250.0, ValueFormat.Yuan, "4,250 元")]
    [TestCase(16.666, ValueFormat.Ratio, "16.67")]
    [TestCase(0.2913, ValueFormat.Index, "0.291")]
    [TestCase(29.44, ValueFormat.Degrees, "29.4°")]
    [TestCase(73308.12, ValueFormat.Amount, "73,308.1")]
    public void Values_are_shown_with_the_digits_and_unit_of_their_kind(double value, ValueFormat format, string text) =>
        Assert.That(ValueText.Format(value, format), Is.EqualTo(text));

    [Test]
    public void A_missing_value_is_a_dash_never_zero()
    {
        Assert.That(ValueText.Format(null, ValueFormat.Percent), Is.EqualTo("—"));
        Assert.That(ValueText.Format(double.NaN, ValueFormat.Count), Is.EqualTo("—"));
        Assert.That(ValueText.Change(null, ValueFormat.Percent), Is.EqualTo("—"));
    }

    [Test]
    public void Changes_are_signed_and_rates_change_in_percentage_points()
    {
        Assert.That(ValueText.Change(0.015, ValueFormat.Percent), Is.EqualTo("+1.5 个百分点"));
        Assert.That(ValueText.Change(-0.05, ValueFormat.Percent), Is.EqualTo("−5.0 个百分点"));
        Assert.That(ValueText.Change(-120, ValueFormat.Yuan), Is.EqualTo("−120 元"));
        Assert.That(ValueText.Change(0, ValueFormat.Count), Is.EqualTo("±0"));
    }

    [Test]
    public void A_change_too_small_to_show_reads_as_no_change_not_minus_zero()
    {
        Assert.That(ValueText.Change(-0.0003, ValueFormat.Percent), Is.EqualTo("±0.0 个百分点"));
        Assert.That(ValueText.Direction(-0.0003, ValueFormat.Percent), Is.Zero);
        Assert.That(ValueText.Change(-0.0004, ValueFormat.Index), Is.EqualTo("±0.000"));
        Assert.That(ValueText.Change(-0.0006, ValueFormat.Index), Is.EqualTo("−0.001"));
        Assert.That(ValueText.Direction(-0.0006, ValueFormat.Index), Is.EqualTo(-1));
    }
}
