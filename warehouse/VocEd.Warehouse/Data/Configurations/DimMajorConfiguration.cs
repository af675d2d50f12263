using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimMajorConfiguration : IEntityTypeConfiguration<DimMajor>
{
    public void Configure(EntityTypeBuilder<DimMajor> builder)
    {
        builder.ToTable("dim_major");
        builder.HasKey(m => m.MajorKey);
        builder.Property(m => m.CatalogCode).HasMaxLength(32);
        builder.Property(m => m.CatalogVersion).HasMaxLength(16);
        builder.Property(m => m.MajorCode).HasMaxLength(8);
        builder.Property(m => m.NameZh).HasMaxLength(100);
        builder.Property(m => m.Level).HasMaxLength(16);
        builder.Property(m => m.CategoryCode).HasMaxLength(8);
        builder.Property(m => m.CategoryNameZh).HasMaxLength(100);
        builder.Property(m => m.MajorCategoryCode).HasMaxLength(32);
        builder.Property(m => m.ClassCode).HasMaxLength(4);
        builder.Property(m => m.ClassNameZh).HasMaxLength(100);
        builder.Property(m => m.Status).HasMaxLength(16);
        builder.Property(m => m.Source).HasMaxLength(400);
        builder.HasIndex(m => new { m.CatalogCode, m.CatalogVersion, m.MajorCode }).IsUnique();
        builder.HasIndex(m => m.MajorCode);
        builder.HasData(new DimMajor
        {
            MajorKey = DimMajor.UnknownKey,
            CatalogCode = "unknown",
            CatalogVersion = "unknown",
            MajorCode = "unknown",
            NameZh = "未知专业",
            Level = "unknown",
            MajorCategoryCode = "unknown",
            EffectiveFrom = new DateOnly(2000, 1, 1),
            Status = "active",
        });
    }
}
