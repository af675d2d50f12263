using VocEd.Reports.Formatting;

namespace VocEd.Reports.Charts;

/// <summary>The 31 provinces coloured by one indicator; a province missing from the list is drawn as having no data.</summary>
public sealed record ProvinceTileMapModel(string Title, string IndicatorName, ValueFormat Format, IReadOnlyList<ProvinceValue> Provinces);
