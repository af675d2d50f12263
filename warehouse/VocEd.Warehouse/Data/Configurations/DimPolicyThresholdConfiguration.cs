using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimPolicyThresholdConfiguration : IEntityTypeConfiguration<DimPolicyThreshold>
{
    public void Configure(EntityTypeBuilder<DimPolicyThreshold> builder)
    {
        builder.ToTable("dim_policy_threshold");
        builder.HasKey(t => t.PolicyThresholdKey);
        builder.Property(t => t.SchoolType).HasMaxLength(16);
        builder.Property(t => t.Indicator).HasMaxLength(64);
        builder.Property(t => t.Comparison).HasMaxLength(2);
        builder.Property(t => t.Unit).HasMaxLength(16);
        builder.Property(t => t.Level).HasMaxLength(32);
        builder.Property(t => t.Source).HasMaxLength(400);
        builder.HasIndex(t => new { t.SchoolType, t.Indicator, t.Level }).IsUnique();
    }
}
