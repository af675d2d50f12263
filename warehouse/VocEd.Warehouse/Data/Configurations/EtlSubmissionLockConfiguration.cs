using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlSubmissionLockConfiguration : IEntityTypeConfiguration<EtlSubmissionLock>
{
    public void Configure(EntityTypeBuilder<EtlSubmissionLock> builder)
    {
        builder.ToTable("etl_submission_lock");
        builder.HasKey(l => l.LockKey);
        builder.Property(l => l.LockKey).HasMaxLength(100);
        builder.Property(l => l.ClaimedBy).HasMaxLength(200);
        builder.HasOne<EtlSubmission>().WithMany().HasForeignKey(l => l.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
