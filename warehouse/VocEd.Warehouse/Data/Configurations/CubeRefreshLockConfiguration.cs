using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeRefreshLockConfiguration : IEntityTypeConfiguration<CubeRefreshLock>
{
    public void Configure(EntityTypeBuilder<CubeRefreshLock> builder)
    {
        builder.ToTable("cube_refresh_lock");
        builder.HasKey(l => l.LockName);
        builder.Property(l => l.LockName).HasMaxLength(50);
        builder.Property(l => l.Holder).HasMaxLength(200);
        builder.Property(l => l.Host).HasMaxLength(200);
    }
}
