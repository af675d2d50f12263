namespace VocEd.Reports.Models;

/// <summary>The priorities of regional_industry in report order, with their Chinese names.</summary>
public static class PriorityNames
{
    public static IReadOnlyList<string> All { get; } = ["key", "strategic_emerging", "future"];

    public static string Name(string priority) => priority switch
    {
        "key" => "重点产业",
        "strategic_emerging" => "战略性新兴产业",
        "future" => "未来产业",
        _ => priority,
    };
}
