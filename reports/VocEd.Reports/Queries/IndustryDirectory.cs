using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Queries;

/// <summary>The industry sections of dim_industry in code order: the names and sectors the alignment report and the dashboards give them.</summary>
internal sealed class IndustryDirectory
{
    private readonly Dictionary<string, IndustrySection> _byCode;

    private IndustryDirectory(IReadOnlyList<IndustrySection> sections)
    {
        Sections = sections;
        _byCode = sections.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    /// <summary>Every section, A to T.</summary>
    public IReadOnlyList<IndustrySection> Sections { get; }

    public static async Task<IndustryDirectory> LoadAsync(WarehouseOptions options, CancellationToken ct)
    {
        await using var db = WarehouseDbContextFactory.Create(options);
        var rows = await db.DimIndustries.AsNoTracking().Where(i => i.IndustryKey > 0)
            .Select(i => new { i.SectionCode, i.NameZh, i.Sector }).ToListAsync(ct).ConfigureAwait(false);
        return new IndustryDirectory([.. rows.Select(r => new IndustrySection(r.SectionCode, r.NameZh, r.Sector)).OrderBy(s => s.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The section of <paramref name="code"/>; a code dim_industry does not know is named by itself, in no sector.</summary>
    public IndustrySection Find(string code) => _byCode.TryGetValue(code, out var section) ? section : new IndustrySection(code, code, 0);
}
