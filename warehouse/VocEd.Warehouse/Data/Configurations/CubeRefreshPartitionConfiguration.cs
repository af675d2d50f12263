using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshPartitionConfiguration : IEntityTypeConfiguration<CubeRefreshPartition>
{
    public void Configure(EntityTypeBuilder<CubeRefreshPartition> builder)
    {
        builder.ToTable("cube_refresh_partition");
        builder.HasKey(c => new { c.RefreshLogId, c.AcademicYear, c.SchoolCode });
        builder.Property(c => c.SchoolCode).HasMaxLength(10);
        builder.HasOne<CubeRefreshLog>().WithMany().HasForeignKey(c => c.RefreshLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
