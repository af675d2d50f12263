using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimMajorCatalogConfiguration : IEntityTypeConfiguration<DimMajorCatalog>
{
    public void Configure(EntityTypeBuilder<DimMajorCatalog> builder)
    {
        builder.ToTable("dim_major_catalog");
        builder.HasKey(c => c.MajorCatalogKey);
        builder.Property(c => c.CatalogCode).HasMaxLength(32);
        builder.Property(c => c.CatalogVersion).HasMaxLength(16);
        builder.Property(c => c.NameZh).HasMaxLength(100);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.ScopeRegionCode).HasMaxLength(12);
        builder.Property(c => c.Source).HasMaxLength(400);
        builder.HasIndex(c => new { c.CatalogCode, c.CatalogVersion }).IsUnique();
    }
}
