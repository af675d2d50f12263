namespace VocEd.Etl.Validate;

/// <summary>The one test of "ASCII digits only" that codes, years, region codes and citizen IDs share.</summary>
internal static class AsciiDigits
{
    /// <summary>True when every character is 0–9 (also for an empty text; callers check the length they need).</summary>
    public static bool Only(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
