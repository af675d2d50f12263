using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

/// <summary>
/// What every fact table shares. Fact-to-dimension references are guaranteed by the ETL (unknown
/// members instead of nulls) rather than by foreign-key constraints, so bulk loads run at COPY speed;
/// <see cref="FactTableAnnotation"/> marks the table for a clustered columnstore index on SQL Server.
/// </summary>
internal static class FactConventions
{
    public const string FactTableAnnotation = "VocEd:FactTable";

    public static void Apply<T>(EntityTypeBuilder<T> builder)
        where T : class, IFactRow
    {
        builder.HasAnnotation(FactTableAnnotation, true);
    }
}
