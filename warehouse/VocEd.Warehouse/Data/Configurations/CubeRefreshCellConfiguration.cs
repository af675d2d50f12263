using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshCellConfiguration : IEntityTypeConfiguration<CubeRefreshCell>
{
    public void Configure(EntityTypeBuilder<CubeRefreshCell> builder)
    {
        builder.ToTable("cube_refresh_cell");
        builder.HasKey(c => new { c.RefreshLogId, c.SchoolKey });
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.HasOne<CubeRefreshLog>().WithMany().HasForeignKey(c => c.RefreshLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
