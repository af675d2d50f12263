using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeDestinationConfiguration : IEntityTypeConfiguration<CubeDestination>
{
    public void Configure(EntityTypeBuilder<CubeDestination> builder)
    {
        builder.ToTable("cube_destination");
        builder.HasKey(c => new { c.RegionCode, c.AcademicYear, c.SchoolType, c.DestinationGroup });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.Property(c => c.DestinationGroup).HasMaxLength(32);
        builder.HasIndex(c => new { c.AcademicYear, c.RegionLevel });
    }
}
