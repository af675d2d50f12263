namespace VocEd.Warehouse.Model.Dimensions;

/// <summary>One row per major class (专业类) per education level: the associate-level class at its own code, bachelor at −20 and secondary at +20.</summary>
public sealed class DimMajorClass
{
    public int MajorClassKey { get; set; }

    public required string Level { get; set; }

    /// <summary>4-digit class code at this level.</summary>
    public required string ClassCode { get; set; }

    public required string AssociateClassCode { get; set; }

    public required string NameZh { get; set; }

    public string? Status { get; set; }
}
