using System.Runtime.InteropServices;
using System.Security.Cryptography;
using VocEd.Etl.Infrastructure;
using VocEd.Etl.Pseudonymize;

namespace VocEd.Etl.Tests.Infrastructure;

/// <summary>The HMAC on prepared SHA-256 states gives .NET's HMAC-SHA256 for every message length one block holds and every key length.</summary>
public sealed class HmacSha256BlocksTests
{
    [Test]
    public void It_is_there_on_this_machine() =>
        Assert.That(HmacSha256Blocks.TryCreate(new byte[32]), Is.Not.Null, "libcrypto's SHA256_Transform (Debian's libssl3) was not found: pseudonyms take the slower path");

    [TestCase(32)]
    [TestCase(33)]
    [TestCase(64)]
    [TestCase(65)]
    [TestCase(200)]
    public void It_gives_the_HMAC_of_every_short_message(int keyBytes)
    {
        var random = new Random(keyBytes);
        var key = new byte[keyBytes];
        random.NextBytes(key);
        var blocks = HmacSha256Blocks.TryCreate(key);
        Assume.That(blocks, Is.Not.Null);
        Span<byte> mac = stackalloc byte[32];
        for (var length = 0; length <= HmacSha256Blocks.MaxMessageBytes; length++)
        {
            for (var round = 0; round < 20; round++)
            {
                var message = new byte[length];
                random.NextBytes(message);
                blocks!.Compute(message, mac);
                Assert.That(mac.ToArray(), Is.EqualTo(HMACSHA256.HashData(key, message)), $"key {keyBytes} bytes, message {length} bytes");
            }
        }
    }

    [Test]
    public void A_longer_message_is_refused_and_the_pseudonymizer_takes_dot_NETs_HMAC_for_it()
    {
        var key = new byte[32];
        Assert.That(() => HmacSha256Blocks.TryCreate(key)!.Compute(new byte[56], new byte[32]), Throws.InstanceOf<ArgumentOutOfRangeException>());
        var text = new string('1', 80);
        Assert.That(new Pseudonymizer(new PseudonymKey(1, key)).Pseudonymize(text).Value,
            Is.EqualTo(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>
    /// libcrypto's SHA-1 block function has SHA-256's signature and writes the start of the same context: it stands for an
    /// OpenSSL build whose SHA256_CTX is laid out otherwise than assumed. The start-up check against .NET's HMACSHA256
    /// refuses it, so the pseudonyms are .NET's (the reference bytes), never wrong ones.
    /// </summary>
    [Test]
    public void A_block_function_that_gives_other_bytes_is_refused_at_start_up()
    {
        var found = NativeLibrary.TryLoad("libcrypto.so.3", out var library) || NativeLibrary.TryLoad("libcrypto.so.1.1", out library);
        Assume.That(found && NativeLibrary.TryGetExport(library, "SHA1_Transform", out _), "libcrypto with SHA1_Transform");
        var wrong = NativeLibrary.GetExport(library, "SHA1_Transform");

        Assert.That(HmacSha256Blocks.TryCreate(new byte[32], wrong), Is.Null);
        Assert.That(HmacSha256Blocks.CheckFailed, Is.True);
        Assert.That(HmacSha256Blocks.TryCreate(new byte[32]), Is.Not.Null, "the right function still passes its check");
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        Assert.That(new Pseudonymizer(new PseudonymKey(1, key)).Pseudonymize("11010519491231002X").Value,
            Is.EqualTo(HMACSHA256.HashData(key, "11010519491231002X"u8)), "and the pseudonyms are HMAC-SHA256's");
    }
}
