using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlSubmissionConfiguration : IEntityTypeConfiguration<EtlSubmission>
{
    public void Configure(EntityTypeBuilder<EtlSubmission> builder)
    {
        builder.ToTable("etl_submission");
        builder.HasKey(s => s.SubmissionId);
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.Property(s => s.SubmitterCode).HasMaxLength(16);
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(s => s.FileName).HasMaxLength(400);
        builder.Property(s => s.FileFormat).HasMaxLength(8);
        builder.Property(s => s.Encoding).HasMaxLength(16);
        builder.Property(s => s.Status).HasMaxLength(16);
        builder.Property(s => s.StatusReason).HasMaxLength(1000);
        builder.Property(s => s.ClaimedBy).HasMaxLength(200);
        builder.Property(s => s.QuarantinePath).HasMaxLength(1000);
        builder.HasIndex(s => s.ContentHash);
        builder.HasIndex(s => new { s.Kind, s.SubmitterCode, s.Year, s.Status });
        // Versions count receipts within a replacement key: two receipts of one key at once cannot take the same one.
        builder.HasIndex(s => new { s.Kind, s.SubmitterCode, s.Year, s.Version }).IsUnique().HasFilter("submitter_code is not null and year is not null");
        builder.HasIndex(s => s.Status);
        builder.HasIndex(s => s.StatusChangedAt);
        builder.HasOne<EtlLoadRun>().WithMany().HasForeignKey(s => s.LoadRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
