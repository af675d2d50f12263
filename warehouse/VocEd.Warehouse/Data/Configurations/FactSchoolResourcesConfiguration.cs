using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class FactSchoolResourcesConfiguration : IEntityTypeConfiguration<FactSchoolResources>
{
    public void Configure(EntityTypeBuilder<FactSchoolResources> builder)
    {
        builder.ToTable("fact_school_resources");
        builder.Property(f => f.EquipmentValueYuan).HasPrecision(18, 2);
        builder.HasIndex(f => new { f.AcademicYear, f.SchoolKey });
        FactConventions.Apply(builder);
    }
}
