using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Bridges;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class BridgeMajorIndustryConfiguration : IEntityTypeConfiguration<BridgeMajorIndustry>
{
    public void Configure(EntityTypeBuilder<BridgeMajorIndustry> builder)
    {
        builder.ToTable("bridge_major_industry");
        builder.HasKey(b => b.BridgeMajorIndustryKey);
        builder.Property(b => b.Crosswalk).HasMaxLength(16);
        builder.Property(b => b.MajorCategoryCode).HasMaxLength(32);
        builder.Property(b => b.SectionCode).HasMaxLength(8);
        builder.Property(b => b.Weight).HasPrecision(9, 6);
        builder.HasIndex(b => new { b.Crosswalk, b.EffectiveFrom, b.MajorCategoryCode, b.SectionCode }).IsUnique();
        builder.HasOne<DimIndustry>().WithMany().HasForeignKey(b => b.IndustryKey).OnDelete(DeleteBehavior.Restrict);
    }
}
