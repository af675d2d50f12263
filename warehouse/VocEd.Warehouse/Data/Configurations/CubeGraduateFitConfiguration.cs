using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeGraduateFitConfiguration : IEntityTypeConfiguration<CubeGraduateFit>
{
    public void Configure(EntityTypeBuilder<CubeGraduateFit> builder)
    {
        builder.ToTable("cube_graduate_fit");
        builder.HasKey(c => new { c.RegionCode, c.GraduationYear, c.MajorCategoryCode });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.MajorCategoryCode).HasMaxLength(32);
        builder.Property(c => c.MajorCategoryName).HasMaxLength(100);
        builder.HasIndex(c => new { c.GraduationYear, c.RegionLevel });
    }
}
