using System.Text;
using System.Text.RegularExpressions;
using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Tests.Pseudonymize;

public sealed class PersonalDataMaskerTests
{
    [TestCase("11010519491231002X", ExpectedResult = "110105************")]
    [TestCase("1101051949", ExpectedResult = "110105****")]
    [TestCase("1101", ExpectedResult = "1101")]
    public string Citizen_id_keeps_its_first_six_characters(string id) => PersonalDataMasker.Mask("citizen_id", id);

    [Test]
    public void Student_name_is_never_kept() =>
        Assert.That(PersonalDataMasker.Mask("student_name", "张小红"), Is.Empty);

    [Test]
    public void Other_columns_pass_unchanged() =>
        Assert.That(PersonalDataMasker.Mask("major_code", "710212"), Is.EqualTo("710212"));

    [TestCase("姓名,110105194912310021,男", ExpectedResult = "姓名,110105************,男")]
    [TestCase("11010519491231002x", ExpectedResult = "110105************")]
    [TestCase("'110105194912310022' 校验码错误", ExpectedResult = "'110105************' 校验码错误")]
    [TestCase("a110105194912310021b", ExpectedResult = "a110105************b")]
    [TestCase("12345678901234567890123", ExpectedResult = "123456*****************")]
    [TestCase("12345678901234567", ExpectedResult = "12345678901234567")]
    [TestCase("12345678901234567a", ExpectedResult = "12345678901234567a")]
    [TestCase("第 12 行：4401000001,2024", ExpectedResult = "第 12 行：4401000001,2024")]
    [TestCase("", ExpectedResult = "")]
    public string Anything_shaped_like_a_citizen_id_is_masked_wherever_it_stands(string text) => PersonalDataMasker.MaskIdShaped(text);

    [Test]
    public void Text_without_an_id_comes_back_as_the_same_string()
    {
        var text = "plain text with 1234567890 and 2024";
        Assert.That(PersonalDataMasker.MaskIdShaped(text), Is.SameAs(text));
        Assert.That(PersonalDataMasker.MaskIdShaped(null), Is.Null);
    }

    /// <summary>On random texts the masker agrees with the rule written as a regular expression (as the cleaning migration applies it).</summary>
    [Test]
    public void The_masking_is_the_rule_on_random_texts()
    {
        var random = new Random(20261207);
        string[] pieces = ["1", "7", "0", "12345", "X", "x", "a", "中", ",", " ", "\"", "11010519491231002"];
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(0, 40); p > 0; p--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var value = text.ToString();
            var expected = Regex.Replace(value, "[0-9]{18,}[Xx]?|[0-9]{17}[Xx]", m => m.Value[..6] + new string('*', m.Value.Length - 6));
            Assert.That(PersonalDataMasker.MaskIdShaped(value), Is.EqualTo(expected), value);
        }
    }
}
