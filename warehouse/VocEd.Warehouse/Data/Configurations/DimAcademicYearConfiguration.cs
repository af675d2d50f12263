using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimAcademicYearConfiguration : IEntityTypeConfiguration<DimAcademicYear>
{
    public void Configure(EntityTypeBuilder<DimAcademicYear> builder)
    {
        builder.ToTable("dim_academic_year");
        builder.HasKey(y => y.AcademicYear);
        builder.Property(y => y.AcademicYear).ValueGeneratedNever();
        builder.Property(y => y.LabelZh).HasMaxLength(32);
        builder.HasData(new DimAcademicYear
        {
            AcademicYear = DimAcademicYear.UnknownKey,
            LabelZh = "未知学年",
            StartDate = new DateOnly(1900, 1, 1),
            EndDate = new DateOnly(1900, 1, 1),
        });
    }
}
