using System.Diagnostics.CodeAnalysis;

namespace VocEd.Reports.Catalog;

/// <summary>The region a report is rendered for: <c>CN</c>, a 2-digit province code or a 4-digit prefecture code.</summary>
public sealed record ReportScope
{
    public const string NationCode = "CN";

    private ReportScope(string code, ScopeLevel level)
    {
        Code = code;
        Level = level;
    }

    public string Code { get; }

    public ScopeLevel Level { get; }

    /// <summary>The code of the next region up (CN for a province, the province for a prefecture), or null for the nation.</summary>
    public string? ParentCode => Level switch
    {
        ScopeLevel.Province => NationCode,
        ScopeLevel.Prefecture => Code[..2],
        _ => null,
    };

    public static ReportScope Nation { get; } = new(NationCode, ScopeLevel.Nation);

    /// <summary>Reads <c>CN</c>, a 2-digit province or a 4-digit prefecture code; anything else is an <see cref="ArgumentException"/> naming the accepted forms.</summary>
    public static ReportScope Parse(string? text) =>
        TryParse(text, out var scope)
            ? scope
            : throw new ArgumentException($"unknown scope '{text}': use CN, a 2-digit province code (44) or a 4-digit prefecture code (4401)", nameof(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportScope? scope)
    {
        var code = text?.Trim() ?? string.Empty;
        scope = code switch
        {
            _ when string.Equals(code, NationCode, StringComparison.OrdinalIgnoreCase) => Nation,
            { Length: 2 } when IsDigits(code) && code != "00" => new ReportScope(code, ScopeLevel.Province),
            { Length: 4 } when IsDigits(code) && !code.StartsWith("00", StringComparison.Ordinal) => new ReportScope(code, ScopeLevel.Prefecture),
            _ => null,
        };
        return scope is not null;
    }

    public override string ToString() => Code;

    private static bool IsDigits(string code) => code.All(char.IsAsciiDigit);
}
