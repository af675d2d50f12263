using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Validate;

public sealed class RegionCodeTests
{
    [TestCase("440000", ExpectedResult = "44")]
    [TestCase("440100", ExpectedResult = "4401")]
    [TestCase("440106", ExpectedResult = "440106")]
    [TestCase("44", ExpectedResult = "44")]
    [TestCase("CN", ExpectedResult = "CN")]
    [TestCase("440", ExpectedResult = null)]
    [TestCase("", ExpectedResult = null)]
    public string? Padded_codes_name_their_province_or_prefecture(string code) => RegionCode.Normalize(code);
}
