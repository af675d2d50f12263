namespace VocEd.Etl.Templates;

/// <summary>A closed list of values: each has an English code and Chinese aliases, matched like headers.</summary>
public sealed class EnumDomain
{
    private readonly Dictionary<string, string> _byText;

    // The codes and aliases exactly as listed, each mapped as its normalized form is: most cells match one of them,
    // and skip the NFKC normalization and trims, which would otherwise run for every cell.
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);

    public EnumDomain(params (string Code, string[] Aliases)[] values)
    {
        Values = values.Select(v => new EnumValue(v.Code, v.Aliases)).ToList();
        _byText = new Dictionary<string, string>(HeaderText.Comparer);
        foreach (var value in Values)
        {
            _byText[HeaderText.Normalize(value.Code)] = value.Code;
            foreach (var alias in value.Aliases)
            {
                _byText[HeaderText.Normalize(alias)] = value.Code;
            }
        }

        foreach (var text in Values.SelectMany(v => v.Aliases.Prepend(v.Code)))
        {
            _exact[text] = _byText[HeaderText.Normalize(text)];
        }
    }

    public IReadOnlyList<EnumValue> Values { get; }

    /// <summary>The English code for <paramref name="text"/> (a code or an alias), or null when it is not in the list.</summary>
    public string? Normalize(string text) =>
        _exact.TryGetValue(text, out var exact) ? exact
        : _byText.TryGetValue(HeaderText.Normalize(text), out var code) ? code : null;
}
