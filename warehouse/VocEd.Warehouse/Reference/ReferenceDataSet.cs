namespace VocEd.Warehouse.Reference;

/// <summary>
/// Every reference file the project ships, read into typed records. Used to seed the warehouse
/// and by the sample generator; the warehouse tables are the source of truth once seeded.
/// </summary>
public sealed class ReferenceDataSet
{
    public required IReadOnlyList<ProvinceRef> Provinces { get; init; }

    public required IReadOnlyList<PrefectureRef> Prefectures { get; init; }

    public required IReadOnlyList<CountyRef> Counties { get; init; }

    public required IReadOnlyList<EconomicRegionRef> EconomicRegions { get; init; }

    public required IReadOnlyList<MajorCatalogRef> MajorCatalogs { get; init; }

    public required IReadOnlyList<MajorCategoryRef> MajorCategories { get; init; }

    public required IReadOnlyList<MajorClassRef> MajorClasses { get; init; }

    public required IReadOnlyList<EducationMajorRef> EducationMajors { get; init; }

    public required IReadOnlyList<TechnicalCategoryRef> TechnicalCategories { get; init; }

    public required IReadOnlyList<TechnicalMajorRef> TechnicalMajors { get; init; }

    public required IReadOnlyList<TechnicalDurationRef> TechnicalDurations { get; init; }

    public required IReadOnlyList<SchoolTypeRef> SchoolTypes { get; init; }

    public required IReadOnlyList<IndustrySectionRef> IndustrySections { get; init; }

    public required IReadOnlyList<CrosswalkRef> Crosswalk { get; init; }

    public required IReadOnlyList<DestinationRef> Destinations { get; init; }

    public required IReadOnlyList<NationalFigureRef> NationalFigures { get; init; }

    public required IReadOnlyList<PolicyThresholdRef> PolicyThresholds { get; init; }

    public required IReadOnlyList<SubmissionDeadlineRef> SubmissionDeadlines { get; init; }

    /// <summary>The folder the files were read from.</summary>
    public required string Directory { get; init; }

    /// <summary>The default folder: <c>reference/</c> beside the binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "reference");

    /// <summary>Reads every reference file from <paramref name="directory"/> (default: <see cref="DefaultDirectory"/>).</summary>
    public static ReferenceDataSet Load(string? directory = null) => ReferenceDataLoader.Load(directory ?? DefaultDirectory);

    /// <summary>The duration in years of a technical programme, or null when the pair is not in the table.</summary>
    public int? TechnicalDuration(string trainingLevel, string entryLevel) =>
        TechnicalDurations.FirstOrDefault(d =>
            string.Equals(d.TrainingLevel, trainingLevel, StringComparison.Ordinal)
            && string.Equals(d.EntryLevel, entryLevel, StringComparison.Ordinal))?.Years;
}
