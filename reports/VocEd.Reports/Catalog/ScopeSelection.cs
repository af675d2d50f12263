namespace VocEd.Reports.Catalog;

/// <summary>
/// What `voced report --scope` names: one region, or a fan-out resolved at run time against the regions that have
/// data — <c>every-province</c>, or <c>every-prefecture:44</c> (the prefectures of one province).
/// </summary>
public sealed record ScopeSelection
{
    public const string EveryProvince = "every-province";
    public const string EveryPrefecturePrefix = "every-prefecture:";

    private ScopeSelection(ReportScope? single, ScopeLevel? fanOutLevel, string? within)
    {
        Scope = single;
        FanOutLevel = fanOutLevel;
        Within = within;
    }

    /// <summary>The one region named, or null for a fan-out.</summary>
    public ReportScope? Scope { get; }

    /// <summary>The level fanned out over (province or prefecture), or null for a single region.</summary>
    public ScopeLevel? FanOutLevel { get; }

    /// <summary>For <c>every-prefecture:44</c> the province code (44); null otherwise.</summary>
    public string? Within { get; }

    public bool IsFanOut => Scope is null;

    public static ScopeSelection Parse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (string.Equals(value, EveryProvince, StringComparison.OrdinalIgnoreCase))
        {
            return new ScopeSelection(null, ScopeLevel.Province, null);
        }

        if (value.StartsWith(EveryPrefecturePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var province = value[EveryPrefecturePrefix.Length..];
            return ReportScope.TryParse(province, out var parent) && parent.Level == ScopeLevel.Province
                ? new ScopeSelection(null, ScopeLevel.Prefecture, parent.Code)
                : throw new ArgumentException($"unknown scope '{text}': every-prefecture: takes a 2-digit province code, e.g. every-prefecture:44", nameof(text));
        }

        return ReportScope.TryParse(value, out var scope)
            ? new ScopeSelection(scope, null, null)
            : throw new ArgumentException($"unknown scope '{text}': use CN, a province code (44), a prefecture code (4401), every-province or every-prefecture:44", nameof(text));
    }

    public override string ToString() => Scope?.Code ?? (FanOutLevel == ScopeLevel.Province ? EveryProvince : EveryPrefecturePrefix + Within);
}
