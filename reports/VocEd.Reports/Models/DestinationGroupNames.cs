namespace VocEd.Reports.Models;

/// <summary>The destination groups of cube_destination in report order, with the names officials use.</summary>
public static class DestinationGroupNames
{
    public static string Name(string group) => group switch
    {
        "employed_agreement" => "签就业协议形式就业",
        "employed_contract" => "签劳动合同形式就业",
        "employed_other" => "其他录用形式就业",
        "employed_project" => "科研助理、应征义务兵及基层项目",
        "self_employed" => "自主创业",
        "freelance" => "自由职业",
        "further_study" => "升学",
        "abroad" => "出国、出境",
        "awaiting" => "待就业",
        "not_seeking" => "暂不就业",
        _ => group,
    };
}
