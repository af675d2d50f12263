using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Tests.Pseudonymize;

public sealed class PseudonymizerTests
{
    private const string _id = "11010519491231002X";

    [Test]
    public void Pseudonym_is_stable_across_calls_and_instances()
    {
        var key = PseudonymKey.Generate(1);
        var pseudonymizer = new Pseudonymizer(key);

        var first = pseudonymizer.Pseudonymize(_id);
        var again = pseudonymizer.Pseudonymize(_id);
        var otherInstance = new Pseudonymizer(key).Pseudonymize(_id);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(otherInstance, Is.EqualTo(first));
    }

    [Test]
    public void Pseudonym_differs_under_another_key()
    {
        var first = new Pseudonymizer(PseudonymKey.Generate(1)).Pseudonymize(_id);
        var second = new Pseudonymizer(PseudonymKey.Generate(2)).Pseudonymize(_id);

        Assert.That(first.Value, Is.Not.EqualTo(second.Value));
        Assert.That((first.KeyVersion, second.KeyVersion), Is.EqualTo((1, 2)));
    }

    [Test]
    public void Pseudonym_is_64_hex_characters_of_HMAC_SHA256()
    {
        var key = new PseudonymKey(3, new byte[32]);

        var pseudonym = new Pseudonymizer(key).Pseudonymize(_id);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(new byte[32], System.Text.Encoding.UTF8.GetBytes(_id)));
        Assert.That(pseudonym.Value, Is.EqualTo(expected).And.Length.EqualTo(Pseudonym.Length).And.Match("^[0-9a-f]+$"));
        Assert.That(pseudonym.KeyVersion, Is.EqualTo(3));
    }

    [Test]
    public void Different_ids_get_different_pseudonyms()
    {
        var pseudonymizer = new Pseudonymizer(PseudonymKey.Generate(1));

        Assert.That(pseudonymizer.Pseudonymize(_id), Is.Not.EqualTo(pseudonymizer.Pseudonymize("440524188001010014")));
    }

    [Test]
    public void Short_keys_are_refused() =>
        Assert.That(() => new PseudonymKey(1, new byte[16]), Throws.ArgumentException);

    [TestCase("11010519491231002X")]
    [TestCase("11010519491231002x")]
    [TestCase("")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrs")] // 55 characters: one block
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrst")] // 56: longer than one block
    [TestCase("1101051949123100２x")] // a full-width digit: not ASCII
    [TestCase("ß中文ǆx")]
    public void Any_text_is_the_HMAC_of_its_upper_cased_UTF_8(string id)
    {
        var key = new PseudonymKey(3, Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key.Key.ToArray(), System.Text.Encoding.UTF8.GetBytes(id.ToUpperInvariant())));
        Assert.That(new Pseudonymizer(key).Pseudonymize(id).Value, Is.EqualTo(expected));
    }
}
