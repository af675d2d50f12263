using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshMajorConfiguration : IEntityTypeConfiguration<CubeRefreshMajor>
{
    public void Configure(EntityTypeBuilder<CubeRefreshMajor> builder)
    {
        builder.ToTable("cube_refresh_major");
        builder.HasKey(c => new { c.RefreshLogId, c.MajorKey });
        builder.HasOne<CubeRefreshLog>().WithMany().HasForeignKey(c => c.RefreshLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
