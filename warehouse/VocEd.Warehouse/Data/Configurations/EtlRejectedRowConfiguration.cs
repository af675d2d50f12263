using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlRejectedRowConfiguration : IEntityTypeConfiguration<EtlRejectedRow>
{
    public void Configure(EntityTypeBuilder<EtlRejectedRow> builder)
    {
        builder.ToTable("etl_rejected_row");
        builder.HasKey(r => r.RejectedRowId);
        builder.Property(r => r.ColumnName).HasMaxLength(64);
        builder.Property(r => r.RuleId).HasMaxLength(64);
        builder.Property(r => r.Severity).HasMaxLength(8);
        builder.Property(r => r.Message).HasMaxLength(1000);
        builder.Property(r => r.RawValue).HasMaxLength(400);
        builder.HasIndex(r => new { r.SubmissionId, r.SourceRowNumber });
        builder.HasIndex(r => r.RuleId);
        builder.HasOne<EtlSubmission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
