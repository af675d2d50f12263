using System.Text.RegularExpressions;

namespace VocEd.Reports.Delivery;

/// <summary>Removes anything shaped like an e-mail address from a text before it is stored or logged (a server's error often quotes the address).</summary>
public static partial class AddressScrubber
{
    public const string Placeholder = "[address]";

    public static string Scrub(string? text)
    {
        var scrubbed = Address().Replace(text ?? string.Empty, Placeholder).ReplaceLineEndings(" ").Trim();
        return scrubbed.Length <= 1000 ? scrubbed : scrubbed[..1000];
    }

    [GeneratedRegex(@"[^\s<>()\[\]""',;:@]+@[^\s<>()\[\]""',;:@]+")]
    private static partial Regex Address();
}
