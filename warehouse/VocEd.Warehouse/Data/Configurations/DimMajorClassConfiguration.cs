using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimMajorClassConfiguration : IEntityTypeConfiguration<DimMajorClass>
{
    public void Configure(EntityTypeBuilder<DimMajorClass> builder)
    {
        builder.ToTable("dim_major_class");
        builder.HasKey(c => c.MajorClassKey);
        builder.Property(c => c.Level).HasMaxLength(16);
        builder.Property(c => c.ClassCode).HasMaxLength(4);
        builder.Property(c => c.AssociateClassCode).HasMaxLength(4);
        builder.Property(c => c.NameZh).HasMaxLength(100);
        builder.Property(c => c.Status).HasMaxLength(200);
        builder.HasIndex(c => new { c.Level, c.ClassCode }).IsUnique();
    }
}
