using VocEd.Etl.Validate;

namespace VocEd.Etl.Tests.Validate;

public sealed class CountyCodeSetTests
{
    [Test]
    public void Knows_exactly_the_codes_it_was_given()
    {
        var set = new CountyCodeSet(["110101", "000000", "999999", "659001", "44", "4403A1"]);
        Assert.Multiple(() =>
        {
            foreach (var known in new[] { "110101", "000000", "999999", "659001", "44", "4403A1" })
            {
                Assert.That(set.Contains(known), Is.True, known);
            }

            foreach (var unknown in new[] { "110102", "110100", "010101", "11010", "1101010", "", "４４０３０１", "11010a", "4403a1", "45" })
            {
                Assert.That(set.Contains(unknown), Is.False, unknown);
            }
        });
    }

    [Test]
    public void Agrees_with_a_plain_set_on_every_six_digit_neighbour_of_the_reference_counties()
    {
        var codes = VocEd.Etl.Tests.TestSupport.TestReferenceData.Load().Counties.Select(c => c.Code).ToList();
        var plain = codes.ToHashSet(StringComparer.Ordinal);
        var set = new CountyCodeSet(codes);
        foreach (var code in codes.Take(500))
        {
            var n = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
            for (var d = -3; d <= 3; d++)
            {
                var probe = Math.Clamp(n + d, 0, 999_999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(set.Contains(probe), Is.EqualTo(plain.Contains(probe)), probe);
            }
        }
    }
}
