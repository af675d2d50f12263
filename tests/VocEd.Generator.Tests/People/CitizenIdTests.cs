using VocEd.Generator.People;

namespace VocEd.Generator.Tests.People;

public sealed class CitizenIdTests
{
    [Test]
    public void The_standard_example_has_check_character_X() =>
        Assert.That(CitizenId.CheckDigit("11010519491231002"), Is.EqualTo('X'));

    [Test]
    public void Built_ids_are_valid_and_encode_birth_date_and_sex()
    {
        var id = CitizenId.Build("440106", new DateOnly(2008, 2, 29), 123);

        Assert.Multiple(() =>
        {
            Assert.That(CitizenId.IsValid(id), Is.True);
            Assert.That(id[..14], Is.EqualTo("44010620080229"));
            Assert.That(CitizenId.IsMale(id), Is.True);
        });
    }

    [Test]
    public void A_wrong_check_digit_is_wrong_but_well_formed()
    {
        var wrong = CitizenId.WithWrongCheckDigit(CitizenId.Build("440106", new DateOnly(2008, 1, 1), 122));

        Assert.Multiple(() =>
        {
            Assert.That(CitizenId.IsValid(wrong), Is.False);
            Assert.That(wrong, Does.Match("^[0-9]{17}[0-9X]$"));
        });
    }
}
