using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshSchoolCellConfiguration : IEntityTypeConfiguration<CubeRefreshSchoolCell>
{
    public void Configure(EntityTypeBuilder<CubeRefreshSchoolCell> builder)
    {
        builder.ToTable("cube_refresh_school_cell");
        builder.HasKey(c => new { c.SchoolCode, c.PrefectureCode, c.ProvinceCode, c.EconomicRegion, c.SchoolType });
        builder.Property(c => c.SchoolCode).HasMaxLength(10);
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
    }
}
