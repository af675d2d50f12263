using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeBaseSchoolConfiguration : IEntityTypeConfiguration<CubeBaseSchool>
{
    public void Configure(EntityTypeBuilder<CubeBaseSchool> builder)
    {
        builder.ToTable("cube_base_school");
        builder.HasKey(c => new { c.AcademicYear, c.SchoolKey });
    }
}
