using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeQualityConfiguration : IEntityTypeConfiguration<CubeQuality>
{
    public void Configure(EntityTypeBuilder<CubeQuality> builder)
    {
        builder.ToTable("cube_quality");
        builder.HasKey(c => new { c.RegionCode, c.AcademicYear, c.SchoolType });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.HasIndex(c => new { c.AcademicYear, c.RegionLevel });
    }
}
