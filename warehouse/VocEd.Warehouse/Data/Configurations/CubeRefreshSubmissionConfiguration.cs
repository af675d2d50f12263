using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshSubmissionConfiguration : IEntityTypeConfiguration<CubeRefreshSubmission>
{
    public void Configure(EntityTypeBuilder<CubeRefreshSubmission> builder)
    {
        builder.ToTable("cube_refresh_submission");
        builder.HasKey(c => c.SubmissionId);
        builder.Property(c => c.SubmissionId).ValueGeneratedNever();
        builder.Property(c => c.Status).HasMaxLength(16);
    }
}
