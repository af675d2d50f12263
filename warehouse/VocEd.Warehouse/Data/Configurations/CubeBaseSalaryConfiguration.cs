using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeBaseSalaryConfiguration : IEntityTypeConfiguration<CubeBaseSalary>
{
    public void Configure(EntityTypeBuilder<CubeBaseSalary> builder)
    {
        builder.ToTable("cube_base_salary");
        builder.HasKey(c => new { c.AcademicYear, c.PrefectureCode, c.ProvinceCode, c.EconomicRegion, c.SchoolType });
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.Property(c => c.Histogram).IsUnicode(false);
    }
}
