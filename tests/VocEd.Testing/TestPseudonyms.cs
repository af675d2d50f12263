using System.Security.Cryptography;
using System.Text;

namespace VocEd.Testing;

/// <summary>Stand-ins for student pseudonyms in hand-made fact rows: 32 bytes, the same for the same text.</summary>
public static class TestPseudonyms
{
    public static byte[] Of(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
