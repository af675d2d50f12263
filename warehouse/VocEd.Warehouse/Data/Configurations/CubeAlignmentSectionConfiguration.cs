using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeAlignmentSectionConfiguration : IEntityTypeConfiguration<CubeAlignmentSection>
{
    public void Configure(EntityTypeBuilder<CubeAlignmentSection> builder)
    {
        builder.ToTable("cube_alignment_section");
        builder.HasKey(c => new { c.RegionCode, c.Year, c.SupplyBasis, c.DemandBasis, c.IndustrySection });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.SupplyBasis).HasMaxLength(16);
        builder.Property(c => c.DemandBasis).HasMaxLength(16);
        builder.Property(c => c.IndustrySection).HasMaxLength(8);
        builder.HasIndex(c => new { c.Year, c.RegionLevel });
    }
}
