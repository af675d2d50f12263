using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeBaseSalaryConfiguration : IEntityTypeConfiguration<CubeBaseSalary>
{
    public void Configure(EntityTypeBuilder<CubeBaseSalary> builder)
    {
        builder.ToTable("cube_base_salary");
        builder.HasKey(c => new { c.AcademicYear, c.SchoolKey, c.MonthlySalaryYuan });
    }
}
