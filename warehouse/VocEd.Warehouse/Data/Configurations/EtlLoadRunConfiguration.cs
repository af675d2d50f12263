using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlLoadRunConfiguration : IEntityTypeConfiguration<EtlLoadRun>
{
    public void Configure(EntityTypeBuilder<EtlLoadRun> builder)
    {
        builder.ToTable("etl_load_run");
        builder.HasKey(r => r.LoadRunId);
        builder.Property(r => r.TriggeredBy).HasMaxLength(16);
        builder.Property(r => r.Host).HasMaxLength(200);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(2000);
    }
}
