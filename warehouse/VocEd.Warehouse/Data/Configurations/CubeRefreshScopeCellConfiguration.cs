using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshScopeCellConfiguration : IEntityTypeConfiguration<CubeRefreshScopeCell>
{
    public void Configure(EntityTypeBuilder<CubeRefreshScopeCell> builder)
    {
        builder.ToTable("cube_refresh_scope_cell");
        builder.HasKey(c => new { c.RefreshLogId, c.AcademicYear, c.PrefectureCode, c.ProvinceCode, c.EconomicRegion, c.SchoolType });
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.Property(c => c.SchoolType).HasMaxLength(16);
        builder.HasOne<CubeRefreshLog>().WithMany().HasForeignKey(c => c.RefreshLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
