using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimRegionConfiguration : IEntityTypeConfiguration<DimRegion>
{
    public void Configure(EntityTypeBuilder<DimRegion> builder)
    {
        builder.ToTable("dim_region");
        builder.HasKey(r => r.RegionKey);
        builder.Property(r => r.RegionCode).HasMaxLength(12);
        builder.Property(r => r.RegionLevel).HasMaxLength(16);
        builder.Property(r => r.NameZh).HasMaxLength(100);
        builder.Property(r => r.ParentRegionCode).HasMaxLength(12);
        builder.Property(r => r.ProvinceCode).HasMaxLength(2);
        builder.Property(r => r.ProvinceNameZh).HasMaxLength(100);
        builder.Property(r => r.PrefectureCode).HasMaxLength(4);
        builder.Property(r => r.PrefectureNameZh).HasMaxLength(100);
        builder.Property(r => r.CountyCode).HasMaxLength(6);
        builder.Property(r => r.EconomicRegion).HasMaxLength(16);
        builder.Property(r => r.EconomicRegionZh).HasMaxLength(16);
        builder.HasIndex(r => r.RegionCode).IsUnique();
        builder.HasIndex(r => new { r.RegionLevel, r.ProvinceCode });
        builder.HasData(
            new DimRegion { RegionKey = DimRegion.UnknownKey, RegionCode = "unknown", RegionLevel = "unknown", NameZh = "未知" },
            new DimRegion { RegionKey = DimRegion.NotApplicableKey, RegionCode = "n/a", RegionLevel = "unknown", NameZh = "不适用" });
    }
}
