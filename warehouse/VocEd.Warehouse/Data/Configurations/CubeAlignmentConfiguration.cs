using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeAlignmentConfiguration : IEntityTypeConfiguration<CubeAlignment>
{
    public void Configure(EntityTypeBuilder<CubeAlignment> builder)
    {
        builder.ToTable("cube_alignment");
        builder.HasKey(c => new { c.RegionCode, c.Year, c.SupplyBasis, c.DemandBasis });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.SupplyBasis).HasMaxLength(16);
        builder.Property(c => c.DemandBasis).HasMaxLength(16);
        builder.HasIndex(c => new { c.Year, c.RegionLevel });
    }
}
