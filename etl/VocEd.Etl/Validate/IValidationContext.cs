namespace VocEd.Etl.Validate;

/// <summary>
/// What row validation looks up: reference data, the schools that have a school_profile, and "today".
/// <see cref="ReferenceValidationContext"/> serves it from the reference files and an in-memory school set;
/// the load stage may serve it from the warehouse.
/// </summary>
public interface IValidationContext
{
    /// <summary>The clock for "today" and the current calendar year.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>A 6-digit code is a county in the reference list (prefectures and provinces are not).</summary>
    bool IsKnownCounty(string countyCode);

    /// <summary>The school with a school_profile (any year), or null.</summary>
    SchoolInfo? FindSchool(string schoolCode);

    /// <summary>A major of a catalog (<see cref="MajorCatalogs"/>), or null.</summary>
    MajorInfo? FindMajor(string catalogCode, string majorCode);

    /// <summary>The major level a school type teaches (secondary, associate, bachelor, technical), or null for an unknown type.</summary>
    string? MajorLevelOf(string schoolType);

    /// <summary>Years of a technical programme, or null when the (training level, entry level) pair does not exist.</summary>
    int? TechnicalDuration(string trainingLevel, string entryLevel);

    /// <summary>Whether a 毕业去向 code means employment; null when the code is not in the list.</summary>
    bool? IsEmployedDestination(string destinationCode);

    /// <summary>The destination codes, for messages.</summary>
    IReadOnlyCollection<string> DestinationCodes { get; }

    /// <summary>A GB/T 4754 section letter A–T.</summary>
    bool IsIndustrySection(string section);

    /// <summary>A 2-digit GB/T 4754 division inside a section's range (01–97).</summary>
    bool IsIndustryDivision(string division);
}
