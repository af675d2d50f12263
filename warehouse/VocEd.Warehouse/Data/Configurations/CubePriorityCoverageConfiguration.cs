using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubePriorityCoverageConfiguration : IEntityTypeConfiguration<CubePriorityCoverage>
{
    public void Configure(EntityTypeBuilder<CubePriorityCoverage> builder)
    {
        builder.ToTable("cube_priority_coverage");
        builder.HasKey(c => new { c.RegionCode, c.AcademicYear, c.Priority });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.Priority).HasMaxLength(32);
    }
}
