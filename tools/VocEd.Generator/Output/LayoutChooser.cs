using VocEd.Generator.Randomness;
using VocEd.Generator.Templates;

namespace VocEd.Generator.Output;

/// <summary>Chooses a file's layout from the options and a per-file random stream.</summary>
internal static class LayoutChooser
{
    public static FileLayout Choose(ref Prng rng, GeneratorOptions options, SubmissionTemplate template)
    {
        var formats = options.EffectiveFormats;
        var weights = formats.Select(f => f switch { SubmissionFormat.Csv => 0.6, SubmissionFormat.Xlsx => 0.25, _ => 0.15 }).ToArray();
        var format = formats[rng.Pick(weights)];
        string? encoding = format switch
        {
            SubmissionFormat.Xlsx => null,
            SubmissionFormat.Json => "utf-8",
            _ => options.Encoding switch
            {
                EncodingMode.Gb18030 => "gb18030",
                EncodingMode.Utf8 => rng.Chance(0.5) ? "utf-8-bom" : "utf-8",
                _ => rng.NextDouble() switch { < 0.15 => "gb18030", < 0.55 => "utf-8-bom", _ => "utf-8" },
            },
        };
        var language = rng.Chance(template.Kind == SubmissionKind.RegionalIndustry ? 0.4 : 0.6) ? "zh" : "en";
        var styled = rng.Chance(0.2);
        var order = Enumerable.Range(0, template.Columns.Count).ToArray();
        if (rng.Chance(0.5))
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
        }

        return new FileLayout(format, encoding, language, styled, order, format == SubmissionFormat.Json && rng.Chance(0.4));
    }

    /// <summary>The header a column gets in a layout (canonical English or the Chinese alias, optionally restyled).</summary>
    public static string Header(TemplateColumn column, FileLayout layout)
    {
        if (layout.HeaderLanguage == "zh")
        {
            return layout.StyledHeaders
                ? column.NameZh.Replace('(', '（').Replace(')', '）')
                : column.NameZh;
        }

        return layout.StyledHeaders ? " " + column.Name.ToUpperInvariant() + " " : column.Name;
    }

    /// <summary>The value as written: list values in Chinese when the headers are Chinese.</summary>
    public static string? Value(TemplateColumn column, string? value, FileLayout layout) =>
        value is not null && layout.HeaderLanguage == "zh" && column.ChoicesZh is { } zh && zh.TryGetValue(value, out var chinese)
            ? chinese
            : value;
}
