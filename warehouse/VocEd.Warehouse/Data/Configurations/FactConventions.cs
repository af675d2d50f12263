using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

/// <summary>
/// What every fact table shares. The primary key is the row's lineage, (submission_id, source_row_number): one fact
/// row per data row of a submission, so it needs no surrogate key. A load appends its rows in key order at the end
/// of that index, and the same index serves the replacement of a submission's rows (delete by submission_id, its
/// first column) — a surrogate identity key and a separate submission_id index cost PostgreSQL's COPY ≈ 2.5 s more
/// per 3 M enrollment rows (docs/benchmarks.md, Ingest). Fact-to-dimension references are guaranteed by the ETL
/// (unknown members instead of nulls) rather than by foreign-key constraints, so bulk loads run at COPY speed;
/// <see cref="FactTableAnnotation"/> marks the table for a clustered columnstore index on SQL Server (the key then
/// nonclustered).
/// </summary>
internal static class FactConventions
{
    public const string FactTableAnnotation = "VocEd:FactTable";

    public static void Apply<T>(EntityTypeBuilder<T> builder)
        where T : class, IFactRow
    {
        builder.HasKey(nameof(IFactRow.SubmissionId), nameof(IFactRow.SourceRowNumber));
        builder.HasAnnotation(FactTableAnnotation, true);
    }
}
