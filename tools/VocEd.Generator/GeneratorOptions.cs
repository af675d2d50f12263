using System.Globalization;

namespace VocEd.Generator;

/// <summary>
/// Arguments of <c>./voced generate</c>. Academic years <c>Year − Years + 1 … Year</c> are written.
/// <paramref name="Formats"/> null means all three formats, mixed across files.
/// </summary>
public sealed record GeneratorOptions(
    GeneratorScale Scale,
    int Year,
    string OutputDirectory,
    int Years = 1,
    ulong Seed = GeneratorOptions.DefaultSeed,
    double FaultRate = 0,
    IReadOnlySet<SubmissionFormat>? Formats = null,
    EncodingMode Encoding = EncodingMode.Mixed)
{
    public const ulong DefaultSeed = 20241;
    public const int MaxYears = 5;
    public const int MinYear = 2010;

    /// <summary>The formats in use: <see cref="Formats"/> or all three.</summary>
    public IReadOnlyList<SubmissionFormat> EffectiveFormats =>
        Formats is { Count: > 0 } f ? [.. f.Order()] : [SubmissionFormat.Csv, SubmissionFormat.Xlsx, SubmissionFormat.Json];

    public int FirstYear => Year - Years + 1;

    /// <summary>
    /// Checks the values. The last year's graduates are surveyed by 30 September of the next year,
    /// and survey dates may not lie in the future, so <see cref="Year"/> must be at most the current year − 1
    /// (or − 2 before October).
    /// </summary>
    public void Validate(TimeProvider? clock = null)
    {
        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        var maxYear = today >= new DateOnly(today.Year, 10, 1) ? today.Year - 1 : today.Year - 2;
        if (Year < MinYear || Year > maxYear)
        {
            throw new GeneratorOptionsException(
                $"--year must be between {MinYear} and {maxYear} (the last year's graduates are surveyed by 30 September of the next year)");
        }

        if (Years < 1 || Years > MaxYears)
        {
            throw new GeneratorOptionsException($"--years must be between 1 and {MaxYears}");
        }

        if (FirstYear < MinYear)
        {
            throw new GeneratorOptionsException($"--year {Year} with --years {Years} starts before {MinYear}");
        }

        if (double.IsNaN(FaultRate) || FaultRate < 0 || FaultRate > 0.2)
        {
            throw new GeneratorOptionsException("--fault-rate must be a number between 0 and 0.2");
        }

        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new GeneratorOptionsException("--out must name a directory");
        }
    }

    /// <summary>
    /// Parses the command-line strings of <c>./voced generate</c> (null = option not given) and validates them.
    /// Throws <see cref="GeneratorOptionsException"/> with a one-line message.
    /// </summary>
    public static GeneratorOptions Parse(
        string? scale,
        string? year,
        string? outputDirectory,
        string? years = null,
        string? seed = null,
        string? faultRate = null,
        string? formats = null,
        string? encoding = null,
        TimeProvider? clock = null)
    {
        var options = new GeneratorOptions(
            ParseScale(scale),
            ParseInt(year ?? throw new GeneratorOptionsException("--year is required (e.g. --year 2024)"), "--year"),
            string.IsNullOrWhiteSpace(outputDirectory) ? throw new GeneratorOptionsException("--out is required (e.g. --out ./out/sample)") : outputDirectory,
            years is null ? 1 : ParseInt(years, "--years"),
            seed is null ? DefaultSeed : ParseSeed(seed),
            faultRate is null ? 0 : ParseRate(faultRate),
            formats is null ? null : ParseFormats(formats),
            encoding is null ? EncodingMode.Mixed : ParseEncoding(encoding));
        options.Validate(clock);
        return options;
    }

    private static GeneratorScale ParseScale(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SMALL" => GeneratorScale.Small,
        "TINY" => GeneratorScale.Tiny,
        "PROVINCE" => GeneratorScale.Province,
        "NATIONAL" => GeneratorScale.National,
        _ => throw new GeneratorOptionsException($"--scale '{text}' is not one of tiny, small, province, national"),
    };

    private static int ParseInt(string text, string option) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GeneratorOptionsException($"{option} '{text}' is not a whole number");

    private static ulong ParseSeed(string text) =>
        ulong.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GeneratorOptionsException($"--seed '{text}' is not a non-negative whole number");

    private static double ParseRate(string text)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (!double.TryParse(percent ? t[..^1] : t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            throw new GeneratorOptionsException($"--fault-rate '{text}' is not a number (e.g. 0.01 or 1%)");
        }

        return percent ? value / 100 : value;
    }

    private static HashSet<SubmissionFormat> ParseFormats(string text)
    {
        var set = new HashSet<SubmissionFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(part.ToUpperInvariant() switch
            {
                "CSV" => SubmissionFormat.Csv,
                "XLSX" => SubmissionFormat.Xlsx,
                "JSON" => SubmissionFormat.Json,
                _ => throw new GeneratorOptionsException($"--formats: '{part}' is not one of csv, xlsx, json"),
            });
        }

        return set.Count > 0 ? set : throw new GeneratorOptionsException("--formats must name at least one of csv, xlsx, json");
    }

    private static EncodingMode ParseEncoding(string text) => text.Trim().ToUpperInvariant() switch
    {
        "UTF8" or "UTF-8" => EncodingMode.Utf8,
        "GB18030" => EncodingMode.Gb18030,
        "MIXED" => EncodingMode.Mixed,
        _ => throw new GeneratorOptionsException($"--encoding '{text}' is not one of utf8, gb18030, mixed"),
    };
}
