using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Reports;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class RptDeliveryConfiguration : IEntityTypeConfiguration<RptDelivery>
{
    /// <summary>
    /// The filter of the claim's unique index: the statuses of <see cref="DeliveryStatuses.Held"/>, in SQL that every
    /// provider accepts in a partial (filtered) index.
    /// </summary>
    public const string HeldFilter = "status in ('sending', 'delivered', 'failed', 'no_data')";

    public void Configure(EntityTypeBuilder<RptDelivery> builder)
    {
        builder.ToTable("rpt_delivery");
        builder.HasKey(d => d.DeliveryId);
        builder.Property(d => d.Scope).HasMaxLength(10);
        builder.Property(d => d.Channel).HasMaxLength(10);
        builder.Property(d => d.DeliveryKey).HasMaxLength(100);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.ClaimedBy).HasMaxLength(200);
        builder.Property(d => d.Files).HasMaxLength(2000);
        builder.Property(d => d.MessageId).HasMaxLength(250);
        builder.Property(d => d.Headlines).HasMaxLength(4000);
        builder.Property(d => d.Error).HasMaxLength(1000);
        builder.HasIndex(d => d.DeliveryKey).IsUnique().HasFilter(HeldFilter);
        builder.HasIndex(d => new { d.SubscriptionId, d.PeriodAt, d.Scope });
        builder.HasOne<RptSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
