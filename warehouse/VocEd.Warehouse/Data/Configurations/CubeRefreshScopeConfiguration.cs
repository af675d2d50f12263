using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshScopeConfiguration : IEntityTypeConfiguration<CubeRefreshScope>
{
    public void Configure(EntityTypeBuilder<CubeRefreshScope> builder)
    {
        builder.ToTable("cube_refresh_scope");
        builder.HasKey(c => new { c.RefreshLogId, c.AcademicYear, c.SchoolKey });
        builder.HasOne<CubeRefreshLog>().WithMany().HasForeignKey(c => c.RefreshLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
