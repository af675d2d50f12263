using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimMajorCategoryConfiguration : IEntityTypeConfiguration<DimMajorCategory>
{
    public void Configure(EntityTypeBuilder<DimMajorCategory> builder)
    {
        builder.ToTable("dim_major_category");
        builder.HasKey(c => c.MajorCategoryKey);
        builder.Property(c => c.Level).HasMaxLength(16);
        builder.Property(c => c.CategoryCode).HasMaxLength(8);
        builder.Property(c => c.MajorCategoryCode).HasMaxLength(32);
        builder.Property(c => c.CubeCode).HasMaxLength(8);
        builder.Property(c => c.NameZh).HasMaxLength(100);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.HasIndex(c => new { c.Level, c.MajorCategoryCode }).IsUnique();
    }
}
