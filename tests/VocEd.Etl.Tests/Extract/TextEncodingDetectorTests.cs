using System.Text;
using VocEd.Etl.Extract;

namespace VocEd.Etl.Tests.Extract;

public sealed class TextEncodingDetectorTests
{
    private const string _chinese = "学校标识码,学校名称\r\n4401000001,广州市示范中等职业学校\r\n";

    [Test]
    public void Byte_order_mark_means_UTF8_with_BOM()
    {
        var detected = TextEncodingDetector.Detect([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_chinese)], isWholeFile: true);

        Assert.That((detected.Name, detected.PreambleLength, detected.Fallback), Is.EqualTo((TextEncodingDetector.Utf8BomName, 3, (DetectedEncoding?)null)));
    }

    [Test]
    public void Valid_multibyte_UTF8_means_UTF8_without_fallback()
    {
        var detected = TextEncodingDetector.Detect(Encoding.UTF8.GetBytes(_chinese), isWholeFile: true);

        Assert.That(detected.Name, Is.EqualTo(TextEncodingDetector.Utf8Name));
        Assert.That(detected.Fallback, Is.Null);
    }

    [Test]
    public void Chinese_that_is_not_UTF8_means_GB18030()
    {
        var detected = TextEncodingDetector.Detect(TextEncodingDetector.StrictGb18030.GetBytes(_chinese), isWholeFile: true);

        Assert.That(detected.Name, Is.EqualTo(TextEncodingDetector.Gb18030Name));
    }

    [Test]
    public void Plain_ASCII_reads_as_UTF8_with_GB18030_as_fallback()
    {
        var detected = TextEncodingDetector.Detect("school_code,year\r\n"u8, isWholeFile: true);

        Assert.That(detected.Name, Is.EqualTo(TextEncodingDetector.Utf8Name));
        Assert.That(detected.Fallback?.Name, Is.EqualTo(TextEncodingDetector.Gb18030Name));
    }

    [Test]
    public void UTF8_sequence_cut_by_the_end_of_the_sample_is_still_UTF8()
    {
        var bytes = Encoding.UTF8.GetBytes("学校学校");

        Assert.That(TextEncodingDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: false).Name, Is.EqualTo(TextEncodingDetector.Utf8Name));
    }
}
