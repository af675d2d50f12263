using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimDateConfiguration : IEntityTypeConfiguration<DimDate>
{
    public void Configure(EntityTypeBuilder<DimDate> builder)
    {
        builder.ToTable("dim_date");
        builder.HasKey(d => d.DateKey);
        builder.Property(d => d.DateKey).ValueGeneratedNever();
        builder.HasIndex(d => d.Date).IsUnique();
        builder.HasData(new DimDate
        {
            DateKey = DimDate.UnknownKey,
            Date = new DateOnly(1900, 1, 1),
            Year = 1900,
            Quarter = 1,
            Month = 1,
            Day = 1,
            DayOfWeek = 1,
            AcademicYear = DimAcademicYear.UnknownKey,
        });
    }
}
