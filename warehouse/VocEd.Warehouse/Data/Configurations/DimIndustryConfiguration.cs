using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimIndustryConfiguration : IEntityTypeConfiguration<DimIndustry>
{
    public void Configure(EntityTypeBuilder<DimIndustry> builder)
    {
        builder.ToTable("dim_industry");
        builder.HasKey(i => i.IndustryKey);
        builder.Property(i => i.SectionCode).HasMaxLength(8);
        builder.Property(i => i.NameZh).HasMaxLength(100);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.SectorNameZh).HasMaxLength(16);
        builder.HasIndex(i => i.SectionCode).IsUnique();
        builder.HasData(
            new DimIndustry { IndustryKey = DimIndustry.UnknownKey, SectionCode = "?", NameZh = "未知", SectorNameZh = "未知" },
            new DimIndustry { IndustryKey = DimIndustry.NotApplicableKey, SectionCode = "-", NameZh = "不适用", SectorNameZh = "不适用" });
    }
}
