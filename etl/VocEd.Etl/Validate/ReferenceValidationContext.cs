using System.Collections.Concurrent;
using System.Globalization;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Validate;

/// <summary>
/// A validation context backed by <see cref="ReferenceDataSet"/> and an in-memory set of known schools
/// (add each school whose school_profile loads). Thread-safe for reads; schools may be added concurrently.
/// </summary>
public sealed class ReferenceValidationContext : IValidationContext
{
    private readonly CountyCodeSet _counties;
    private readonly Dictionary<(string Catalog, string Code), MajorInfo> _majors;
    private readonly Dictionary<string, string> _levelBySchoolType;
    private readonly Dictionary<(string Training, string Entry), int> _durations;
    private readonly Dictionary<string, bool> _employedByDestination;
    private readonly HashSet<string> _sections;
    private readonly HashSet<string> _divisions;
    private readonly ConcurrentDictionary<string, SchoolInfo> _schools = new(StringComparer.Ordinal);

    public ReferenceValidationContext(ReferenceDataSet reference, TimeProvider timeProvider, IEnumerable<SchoolInfo>? knownSchools = null)
    {
        TimeProvider = timeProvider;
        _counties = new CountyCodeSet(reference.Counties.Select(c => c.Code));
        _majors = reference.EducationMajors
            .Select(m => new MajorInfo(MajorCatalogs.Education, m.MajorCode, m.Level, m.MajorCode[..2]))
            .Concat(reference.TechnicalMajors.Select(m => new MajorInfo(m.CatalogCode, m.MajorCode, MajorLevels.Technical, m.CategoryZh)))
            .ToDictionary(m => (m.CatalogCode, m.MajorCode));
        _levelBySchoolType = reference.SchoolTypes.ToDictionary(t => t.Code, t => t.MajorLevel, StringComparer.Ordinal);
        _durations = reference.TechnicalDurations.ToDictionary(d => (d.TrainingLevel, d.EntryLevel), d => d.Years);
        _employedByDestination = reference.Destinations.ToDictionary(d => d.Code, d => d.IsEmployed, StringComparer.Ordinal);
        DestinationCodes = reference.Destinations.Select(d => d.Code).ToList();
        _sections = reference.IndustrySections.Select(s => s.Section).ToHashSet(StringComparer.Ordinal);
        _divisions = reference.IndustrySections
            .SelectMany(s => Enumerable.Range(s.DivisionFrom, s.DivisionTo - s.DivisionFrom + 1))
            .Select(d => d.ToString("00", CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var school in knownSchools ?? [])
        {
            AddSchool(school);
        }
    }

    public TimeProvider TimeProvider { get; }

    public IReadOnlyCollection<string> DestinationCodes { get; }

    /// <summary>Makes a school known (its school_profile has loaded); a later call for the same code replaces it.</summary>
    public void AddSchool(SchoolInfo school) => _schools[school.SchoolCode] = school;

    public bool IsKnownCounty(string countyCode) => _counties.Contains(countyCode);

    public SchoolInfo? FindSchool(string schoolCode) => _schools.GetValueOrDefault(schoolCode);

    public MajorInfo? FindMajor(string catalogCode, string majorCode) => _majors.GetValueOrDefault((catalogCode, majorCode));

    public string? MajorLevelOf(string schoolType) => _levelBySchoolType.GetValueOrDefault(schoolType);

    public int? TechnicalDuration(string trainingLevel, string entryLevel) =>
        _durations.TryGetValue((trainingLevel, entryLevel), out var years) ? years : null;

    public bool? IsEmployedDestination(string destinationCode) =>
        _employedByDestination.TryGetValue(destinationCode, out var employed) ? employed : null;

    public bool IsIndustrySection(string section) => _sections.Contains(section);

    public bool IsIndustryDivision(string division) => _divisions.Contains(division);
}
