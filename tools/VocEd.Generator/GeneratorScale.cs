namespace VocEd.Generator;

/// <summary>How many schools the generator plans (see docs/generator.md).</summary>
public enum GeneratorScale
{
    /// <summary>About 20 schools in 3 provinces, small schools; for unit tests.</summary>
    Tiny,

    /// <summary>About 300 schools over several provinces; the demo default.</summary>
    Small,

    /// <summary>One large province (Guangdong) at full size.</summary>
    Province,

    /// <summary>All 31 provinces at full size, school counts near the published totals.</summary>
    National,
}
