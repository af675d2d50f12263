using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeSubmissionStatusRegionConfiguration : IEntityTypeConfiguration<CubeSubmissionStatusRegion>
{
    public void Configure(EntityTypeBuilder<CubeSubmissionStatusRegion> builder)
    {
        builder.ToTable("cube_submission_status_region");
        builder.HasKey(c => new { c.RegionCode, c.Year });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(16);
    }
}
