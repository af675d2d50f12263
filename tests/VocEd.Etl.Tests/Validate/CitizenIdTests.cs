using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Validate;

public sealed class CitizenIdTests
{
    [TestCase("11010519491231002X", ExpectedResult = CitizenIdCheck.Valid)]
    [TestCase("440524188001010014", ExpectedResult = CitizenIdCheck.Valid)]
    [TestCase("110101199003077777", ExpectedResult = CitizenIdCheck.BadCheckDigit)]
    public CitizenIdCheck Real_examples_pass_the_GB_11643_check(string id) => CitizenId.Check(id);

    [Test]
    public void Check_digit_10_is_written_X() =>
        Assert.That(CitizenId.CheckDigit("11010519491231002"), Is.EqualTo('X'));

    [Test]
    public void Check_digit_is_mod_11_2_of_the_first_17_digits() =>
        Assert.That(CitizenId.CheckDigit("11010119900307777"), Is.EqualTo('4'));

    [TestCase("")]
    [TestCase("11010519491231002")]
    [TestCase("11010519491231002XX")]
    [TestCase("1101051949123100AX")]
    [TestCase("110105194902300026")]
    public void Malformed_ids_fail_the_format(string id) =>
        Assert.That(CitizenId.Check(id), Is.EqualTo(CitizenIdCheck.BadFormat));

    [Test]
    public void Sex_digit_odd_is_male_and_even_female()
    {
        Assert.That(CitizenId.Gender("440524188001010014"), Is.EqualTo("M"));
        Assert.That(CitizenId.Gender("11010519491231002X"), Is.EqualTo("F"));
    }

    [Test]
    public void Birth_date_comes_from_digits_7_to_14() =>
        Assert.That(CitizenId.BirthDate("11010519491231002X"), Is.EqualTo(new DateOnly(1949, 12, 31)));

    [TestCase("110105200002290026", 2000, 2, 29)]
    [TestCase("110105190001310026", 1900, 1, 31)]
    [TestCase("110105202412310026", 2024, 12, 31)]
    public void Birth_date_is_read_for_every_real_date(string id, int year, int month, int day) =>
        Assert.That(CitizenId.BirthDate(id), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase("110105190002290026")] // 1900 is not a leap year
    [TestCase("110105200102290026")]
    [TestCase("110105200013010026")]
    [TestCase("110105200000010026")]
    [TestCase("110105200001000026")]
    [TestCase("110105200004310026")]
    [TestCase("110105000001010026")]
    [TestCase("1101052000-1010026")]
    [TestCase("1101052000")]
    public void Birth_date_is_null_when_the_digits_are_no_real_date(string id) =>
        Assert.That(CitizenId.BirthDate(id), Is.Null);

    [TestCase("11010519491231002X")]
    [TestCase("11010519491231002x")]
    [TestCase("440524188001010014")]
    [TestCase("110101199003077777")]
    [TestCase("110105194902300026")]
    [TestCase("1101051949123100AX")]
    [TestCase("1101051949123100２X")]
    [TestCase("/10105194912310026")]
    [TestCase("11010519491231002Y")]
    [TestCase("11010519491231002")]
    public void The_one_pass_check_gives_the_check_key_and_birth_date_of_the_separate_ones(string id)
    {
        var check = CitizenId.Check(id, out var key, out var birth);

        Assert.That(check, Is.EqualTo(CitizenId.Check(id)));
        Assert.That((key, birth), Is.EqualTo(check == CitizenIdCheck.BadFormat ? (0L, default(DateOnly)) : (CitizenId.Key(id), CitizenId.BirthDate(id)!.Value)));
    }
}
