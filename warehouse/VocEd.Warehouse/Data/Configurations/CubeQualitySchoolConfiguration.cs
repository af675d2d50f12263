using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeQualitySchoolConfiguration : IEntityTypeConfiguration<CubeQualitySchool>
{
    public void Configure(EntityTypeBuilder<CubeQualitySchool> builder)
    {
        builder.ToTable("cube_quality_school");
        builder.HasKey(c => new { c.SchoolCode, c.AcademicYear });
        builder.Property(c => c.SchoolCode).HasMaxLength(10);
        builder.Property(c => c.SchoolName).HasMaxLength(200);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.Property(c => c.CountyCode).HasMaxLength(12);
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.HasIndex(c => new { c.AcademicYear, c.PrefectureCode });
    }
}
