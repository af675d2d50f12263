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
}
