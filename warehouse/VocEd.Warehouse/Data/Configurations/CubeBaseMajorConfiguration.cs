using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeBaseMajorConfiguration : IEntityTypeConfiguration<CubeBaseMajor>
{
    public void Configure(EntityTypeBuilder<CubeBaseMajor> builder)
    {
        builder.ToTable("cube_base_major");
        builder.HasKey(c => new { c.AcademicYear, c.SchoolKey, c.Crosswalk, c.MajorCategoryCode, c.EmployerIndustryKey });
        builder.Property(c => c.Crosswalk).HasMaxLength(16);
        builder.Property(c => c.MajorCategoryCode).HasMaxLength(32);
    }
}
