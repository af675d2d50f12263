using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class RptSubscriptionConfiguration : IEntityTypeConfiguration<RptSubscription>
{
    public void Configure(EntityTypeBuilder<RptSubscription> builder)
    {
        builder.ToTable("rpt_subscription");
        builder.HasKey(s => s.SubscriptionId);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.ReportIds).HasMaxLength(200);
        builder.Property(s => s.Scope).HasMaxLength(40);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.TimeZone).HasMaxLength(60);
        builder.Property(s => s.DropFolder).HasMaxLength(1000);
        builder.Property(s => s.Format).HasMaxLength(10);
    }
}
