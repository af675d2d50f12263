using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimDestinationConfiguration : IEntityTypeConfiguration<DimDestination>
{
    public void Configure(EntityTypeBuilder<DimDestination> builder)
    {
        builder.ToTable("dim_destination");
        builder.HasKey(d => d.DestinationKey);
        builder.Property(d => d.DestinationCode).HasMaxLength(8);
        builder.Property(d => d.NameZh).HasMaxLength(100);
        builder.Property(d => d.DestinationGroup).HasMaxLength(16);
        builder.Property(d => d.ReportGroup).HasMaxLength(32);
        builder.HasIndex(d => d.DestinationCode).IsUnique();
        builder.HasData(new DimDestination
        {
            DestinationKey = DimDestination.UnknownKey,
            DestinationCode = "?",
            NameZh = "未知",
            DestinationGroup = "unknown",
            ReportGroup = "unknown",
        });
    }
}
