using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Validate;

/// <summary>
/// The validation context of an ingest: reference data from the files (as <see cref="ReferenceValidationContext"/>)
/// and the known schools from the warehouse — a school is known when stg_school_profile holds a row of it (a
/// loaded school_profile, any year); its type and province are those of its latest academic year. Refreshed for a
/// school after each load or withdrawal of its school_profile.
/// </summary>
public sealed class WarehouseValidationContext : IValidationContext
{
    private readonly ReferenceValidationContext _reference;
    private readonly ConcurrentDictionary<string, SchoolInfo> _schools = new(StringComparer.Ordinal);

    public WarehouseValidationContext(ReferenceDataSet reference, TimeProvider timeProvider)
    {
        _reference = new ReferenceValidationContext(reference, timeProvider);
    }

    public TimeProvider TimeProvider => _reference.TimeProvider;

    public IReadOnlyCollection<string> DestinationCodes => _reference.DestinationCodes;

    /// <summary>Reads every known school from the warehouse.</summary>
    public async Task LoadSchoolsAsync(WarehouseDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        _schools.Clear();
        var rows = await db.StgSchoolProfiles.AsNoTracking()
            .Select(s => new { s.SchoolCode, s.AcademicYear, s.SchoolType, s.CountyCode })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var latest in rows.GroupBy(r => r.SchoolCode).Select(g => g.MaxBy(r => r.AcademicYear)))
        {
            if (latest is not null)
            {
                _schools[latest.SchoolCode] = Info(latest.SchoolCode, latest.SchoolType, latest.CountyCode);
            }
        }
    }

    /// <summary>Sets one school's latest type and county (after its school_profile loaded); forgets it when the type is null (no profile left).</summary>
    public void SetSchool(string schoolCode, string? schoolType, string? countyCode)
    {
        ArgumentNullException.ThrowIfNull(schoolCode);
        if (schoolType is null)
        {
            _schools.TryRemove(schoolCode, out _);
        }
        else
        {
            _schools[schoolCode] = Info(schoolCode, schoolType, countyCode ?? string.Empty);
        }
    }

    public bool IsKnownCounty(string countyCode) => _reference.IsKnownCounty(countyCode);

    public SchoolInfo? FindSchool(string schoolCode) => _schools.GetValueOrDefault(schoolCode);

    public MajorInfo? FindMajor(string catalogCode, string majorCode) => _reference.FindMajor(catalogCode, majorCode);

    public string? MajorLevelOf(string schoolType) => _reference.MajorLevelOf(schoolType);

    public int? TechnicalDuration(string trainingLevel, string entryLevel) => _reference.TechnicalDuration(trainingLevel, entryLevel);

    public bool? IsEmployedDestination(string destinationCode) => _reference.IsEmployedDestination(destinationCode);

    public bool IsIndustrySection(string section) => _reference.IsIndustrySection(section);

    public bool IsIndustryDivision(string division) => _reference.IsIndustryDivision(division);

    private static SchoolInfo Info(string code, string type, string county) =>
        new(code, type, county.Length >= 2 ? county[..2] : county);
}
