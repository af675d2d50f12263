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
    public void Pseudonym_is_the_32_bytes_of_HMAC_SHA256_and_reads_as_their_hex()
    {
        var key = new PseudonymKey(3, new byte[32]);

        var pseudonym = new Pseudonymizer(key).Pseudonymize(_id);

        var expected = System.Security.Cryptography.HMACSHA256.HashData(new byte[32], System.Text.Encoding.UTF8.GetBytes(_id));
        Assert.That(pseudonym.Value, Is.EqualTo(expected).And.Length.EqualTo(Pseudonym.Length));
        Assert.That(pseudonym.ToString(), Is.EqualTo(Convert.ToHexStringLower(expected)).And.Match("^[0-9a-f]{64}$"));
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

        var expected = System.Security.Cryptography.HMACSHA256.HashData(key.Key.ToArray(), System.Text.Encoding.UTF8.GetBytes(id.ToUpperInvariant()));
        Assert.That(new Pseudonymizer(key).Pseudonymize(id).Value, Is.EqualTo(expected));
    }

    [Test]
    public void Pseudonyms_are_equal_by_their_bytes_and_key_version()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var same = new Pseudonym([.. bytes], 1);

        Assert.That(new Pseudonym(bytes, 1), Is.EqualTo(same));
        Assert.That(new Pseudonym(bytes, 1).GetHashCode(), Is.EqualTo(same.GetHashCode()));
        Assert.That(new Pseudonym(bytes, 2), Is.Not.EqualTo(same));
        var other = bytes.ToArray();
        other[31] ^= 1;
        Assert.That(new Pseudonym(other, 1), Is.Not.EqualTo(same));
    }
}
