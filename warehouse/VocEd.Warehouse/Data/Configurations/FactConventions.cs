using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

/// <summary>
/// What every fact table shares. The primary key ends with the row's lineage, (submission_id, source_row_number): one
/// fact row per data row of a submission, so it needs no surrogate key (an identity key and its index would slow every
/// COPY). The student fact tables, whose rows are read by year and
/// school (the cubes' scopes, an analyst's school), lead their key with those two columns instead of keeping a second
/// index for them: every row of a submission has the submission's year and the submitting school, so the same key
/// serves the replacement of a submission's rows (year, the school's keys, submission), and a load inserts into one
/// B-tree instead of two — with two, the lineage index's right edge was where both workers' inserts met
/// (docs/decisions/0001-fact-keys-are-the-lineage.md). The small
/// fact tables keep the lineage alone, and so do the student tables on SQLite (see SqliteWarehouseDbContext).
/// Fact-to-dimension references are guaranteed by the ETL
/// (unknown members instead of nulls) rather than by foreign-key constraints, so bulk loads run at COPY speed;
/// <see cref="FactTableAnnotation"/> marks the table for a clustered columnstore index on SQL Server (the key then
/// nonclustered).
/// </summary>
internal static class FactConventions
{
    public const string FactTableAnnotation = "VocEd:FactTable";

    /// <summary>Marks the fact table; its key is <paramref name="leading"/> (property names), then the lineage.</summary>
    public static void Apply<T>(EntityTypeBuilder<T> builder, params string[] leading)
        where T : class, IFactRow
    {
        builder.HasKey([.. leading, nameof(IFactRow.SubmissionId), nameof(IFactRow.SourceRowNumber)]);
        builder.HasAnnotation(FactTableAnnotation, true);
    }

    /// <summary>
    /// A student pseudonym column: the HMAC's 32 bytes as they are — bytea, BLOB, binary(32) — not 64 hex characters:
    /// half the width in every fact row and in the bulk copy (analysts show them with encode(…, 'hex'), hex(…) or
    /// convert(varchar(64), …, 2)).
    /// </summary>
    public static void Pseudonym(PropertyBuilder<byte[]> property) =>
        property.HasMaxLength(PseudonymBytes).IsFixedLength();

    /// <summary>Bytes of a student pseudonym (HMAC-SHA256's output, as the ETL's Pseudonym.Length).</summary>
    public const int PseudonymBytes = System.Security.Cryptography.HMACSHA256.HashSizeInBytes;
}
