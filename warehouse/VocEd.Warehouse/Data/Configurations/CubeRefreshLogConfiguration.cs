using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshLogConfiguration : IEntityTypeConfiguration<CubeRefreshLog>
{
    public void Configure(EntityTypeBuilder<CubeRefreshLog> builder)
    {
        builder.ToTable("cube_refresh_log");
        builder.HasKey(c => c.RefreshLogId);
        builder.Property(c => c.Mode).HasMaxLength(16);
        builder.Property(c => c.AcademicYears).HasMaxLength(1000);
        builder.Property(c => c.ReferenceHash).HasMaxLength(64);
        builder.HasIndex(c => c.FinishedAt);
    }
}
