using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VocEd.Warehouse.Data;

namespace VocEd.Cubes.Refresh;

/// <summary>
/// A SHA-256 of the reference data the cube SQL reads — the columns of dim_region, dim_major, dim_major_category,
/// dim_industry, dim_destination, bridge_major_industry and dim_policy_threshold that decide a cell, a category, a
/// flag, a report group, a weight or a threshold breach — as
/// the warehouse holds it now. Every refresh records it; an incremental refresh that finds another one runs as a full
/// refresh, since a changed crosswalk or region list is in no submission and can change any row. A few thousand
/// rows at most: reading them all is cheap, and no trigger or timestamp has to be trusted to notice a change.
/// </summary>
internal static class ReferenceFingerprint
{
    private static readonly string[] _queries =
    [
        "select region_key, region_code, region_level, province_code, prefecture_code, economic_region from dim_region order by region_key",
        "select major_key, level, major_category_code from dim_major order by major_key",
        "select level, major_category_code, cube_code, name_zh from dim_major_category order by level, major_category_code",
        "select industry_key, section_code, sector from dim_industry order by industry_key",
        "select destination_key, destination_code, is_placed, is_employed, is_further_study, is_self_employed, report_group from dim_destination order by destination_key",
        "select crosswalk, effective_from, major_category_code, industry_key, weight from bridge_major_industry order by crosswalk, effective_from, major_category_code, industry_key",
        "select school_type, indicator, comparison, threshold_value from dim_policy_threshold order by school_type, indicator, comparison, threshold_value",
    ];

    public static async Task<string> ComputeAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var sql in _queries)
        {
            await using var command = SqlCommands.Create(connection, transaction, sql);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                line.Clear();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    // A separator no value holds, and NULL told from the empty text.
                    line.Append(reader.IsDBNull(i) ? "\u0001" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
                }

                hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
            }

            hash.AppendData("\u001e"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
