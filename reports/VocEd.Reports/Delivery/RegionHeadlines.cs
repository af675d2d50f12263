using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;

namespace VocEd.Reports.Delivery;

/// <summary>
/// The headline numbers of a region's e-mail, read from the cubes for one academic year (every school type): schools,
/// students, graduates, 毕业去向落实率 and the mismatch index (enrollment against value added). Stored with each
/// delivery as JSON, so the next period can say what changed.
/// </summary>
public sealed record RegionHeadlines(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("schools")] int Schools,
    [property: JsonPropertyName("students")] int Students,
    [property: JsonPropertyName("graduates")] int Graduates,
    [property: JsonPropertyName("placement_rate")] double? PlacementRate,
    [property: JsonPropertyName("mismatch_index")] double? MismatchIndex)
{
    public static async Task<RegionHeadlines?> ReadAsync(IWarehouseContextFactory warehouse, string regionCode, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        await using var db = warehouse.CreateContext();
        var rows = db.CubeQuality.AsNoTracking().Where(q => q.RegionCode == regionCode && q.SchoolType == "all");
        var resolved = year ?? await rows.MaxAsync(q => (int?)q.AcademicYear, ct).ConfigureAwait(false);
        if (resolved is not { } y)
        {
            return null;
        }

        var quality = await rows.Where(q => q.AcademicYear == y).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (quality is null)
        {
            return null;
        }

        var mismatch = await db.CubeAlignment.AsNoTracking()
            .Where(a => a.RegionCode == regionCode && a.Year == y && a.SupplyBasis == "enrollment" && a.DemandBasis == "value_added")
            .Select(a => (double?)a.MismatchIndex).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return new RegionHeadlines(y, quality.Schools, quality.Students, quality.Graduates, quality.PlacementRate, mismatch);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static RegionHeadlines? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RegionHeadlines>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
