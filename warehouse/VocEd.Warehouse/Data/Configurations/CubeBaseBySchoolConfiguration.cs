using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeBaseBySchoolConfiguration : IEntityTypeConfiguration<CubeBaseBySchool>
{
    public void Configure(EntityTypeBuilder<CubeBaseBySchool> builder)
    {
        builder.ToTable("cube_base_by_school");
        builder.HasKey(c => new { c.AcademicYear, c.SchoolKey, c.FactKind });
        builder.Property(c => c.FactKind).HasMaxLength(16);
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.Property(c => c.Histogram).IsUnicode(false);
    }
}
