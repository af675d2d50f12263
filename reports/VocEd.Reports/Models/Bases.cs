namespace VocEd.Reports.Models;

/// <summary>The supply and demand bases of the alignment cubes and their Chinese names; the first pair is the one charted.</summary>
public static class Bases
{
    public const string Enrollment = "enrollment";
    public const string Graduates = "graduates";
    public const string ValueAdded = "value_added";
    public const string Employment = "employment";

    /// <summary>Every supply × demand pair in the order the sheets list them.</summary>
    public static IReadOnlyList<(string Supply, string Demand)> Pairs { get; } =
        [(Enrollment, ValueAdded), (Enrollment, Employment), (Graduates, ValueAdded), (Graduates, Employment)];

    public static string Name(string basis) => basis switch
    {
        Enrollment => "在校生",
        Graduates => "毕业生",
        ValueAdded => "增加值",
        Employment => "从业人员",
        _ => basis,
    };
}
