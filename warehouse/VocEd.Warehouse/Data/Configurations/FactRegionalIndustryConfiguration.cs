using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class FactRegionalIndustryConfiguration : IEntityTypeConfiguration<FactRegionalIndustry>
{
    public void Configure(EntityTypeBuilder<FactRegionalIndustry> builder)
    {
        builder.ToTable("fact_regional_industry");
        builder.Property(f => f.ValueAdded100mYuan).HasPrecision(18, 4);
        builder.Property(f => f.Employment10k).HasPrecision(18, 4);
        builder.Property(f => f.Priority).HasMaxLength(24).IsUnicode(false);
        builder.HasIndex(f => new { f.Year, f.RegionKey });
        FactConventions.Apply(builder);
    }
}
