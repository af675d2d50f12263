namespace VocEd.Reports.Models;

/// <summary>The three sectors by number (dim_industry.sector): 第一产业, 第二产业, 第三产业.</summary>
public static class SectorNames
{
    public static string Name(int sector) => sector switch
    {
        1 => "第一产业",
        2 => "第二产业",
        3 => "第三产业",
        _ => "其他",
    };
}
