using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure.Configurations;

internal sealed class AccUploadConfiguration : IEntityTypeConfiguration<AccUpload>
{
    public void Configure(EntityTypeBuilder<AccUpload> builder)
    {
        builder.ToTable("acc_upload");
        builder.HasKey(u => u.SubmissionId);
        builder.Property(u => u.SubmissionId).ValueGeneratedNever();
        builder.Property(u => u.Account).HasMaxLength(200);
        builder.Property(u => u.ContentSha256).HasMaxLength(64).HasColumnName("content_sha256");
    }
}
