using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Validate;

public sealed class MajorCatalogsTests
{
    [TestCase("44", "technical-44")]
    [TestCase("11", "technical-11")]
    [TestCase("00", "technical-00")]
    [TestCase("99", "technical-99")]
    [TestCase("4", "technical-4")]
    [TestCase("4a", "technical-4a")]
    [TestCase("", "technical-")]
    public void A_provinces_featured_catalog_is_named_technical_and_its_code(string province, string catalog) =>
        Assert.That(MajorCatalogs.TechnicalProvincial(province), Is.EqualTo(catalog));

    [Test]
    public void The_name_of_a_2_digit_province_is_made_once() =>
        Assert.That(MajorCatalogs.TechnicalProvincial("44"), Is.SameAs(MajorCatalogs.TechnicalProvincial(new string(['4', '4']))));
}
