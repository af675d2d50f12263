namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>
/// One row per version of a school (type-2 slowly changing dimension): a change of type, sponsor,
/// county or designations closes the current version and opens a new one. Versions are valid for
/// academic years <see cref="ValidFrom"/> to <see cref="ValidTo"/> inclusive.
/// </summary>
public sealed class DimSchool
{
    public const int UnknownKey = -1;

    /// <summary>valid_to of the open (current) version.</summary>
    public const int OpenEnded = 9999;

    public int SchoolKey { get; set; }

    /// <summary>学校标识码: 10 digits.</summary>
    public required string SchoolCode { get; set; }

    public required string SchoolName { get; set; }

    /// <summary>secondary, associate, bachelor or technical.</summary>
    public required string SchoolType { get; set; }

    /// <summary>public (公办) or private (民办).</summary>
    public required string Sponsor { get; set; }

    /// <summary>province, city or county run, where known.</summary>
    public string? OwnerLevel { get; set; }

    public required string CountyCode { get; set; }

    public int RegionKey { get; set; }

    /// <summary>Flagship designations, `;`-separated and sorted (双高计划;示范校 …).</summary>
    public string? Designations { get; set; }

    /// <summary>First academic year of this version.</summary>
    public int ValidFrom { get; set; }

    /// <summary>Last academic year of this version; <see cref="OpenEnded"/> while current.</summary>
    public int ValidTo { get; set; }

    public bool IsCurrent { get; set; }

    /// <summary>The submission whose school_profile row opened this version (lineage).</summary>
    public long? SubmissionId { get; set; }

    public int? SourceRowNumber { get; set; }
}
