using VocEd.Etl.Templates;

namespace VocEd.Etl.Tests.Templates;

/// <summary>A value list matches its codes and Chinese aliases as written, and also in any case, width or padding.</summary>
public sealed class EnumDomainTests
{
    private static readonly EnumDomain _gender = new(("M", ["男"]), ("F", ["女"]));

    [TestCase("M", ExpectedResult = "M")]
    [TestCase("女", ExpectedResult = "F")]
    [TestCase("m", ExpectedResult = "M")]
    [TestCase(" 男 ", ExpectedResult = "M")]
    [TestCase("Ｆ", ExpectedResult = "F")] // full-width F: NFKC
    [TestCase("\uFEFF女", ExpectedResult = "F")]
    [TestCase("X", ExpectedResult = null)]
    [TestCase("", ExpectedResult = null)]
    public string? Codes_and_aliases_match_as_written_and_normalized(string text) => _gender.Normalize(text);
}
