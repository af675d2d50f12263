using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimSchoolConfiguration : IEntityTypeConfiguration<DimSchool>
{
    public void Configure(EntityTypeBuilder<DimSchool> builder)
    {
        builder.ToTable("dim_school");
        builder.HasKey(s => s.SchoolKey);
        builder.Property(s => s.SchoolCode).HasMaxLength(10);
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.SchoolType).HasMaxLength(16);
        builder.Property(s => s.Sponsor).HasMaxLength(16);
        builder.Property(s => s.OwnerLevel).HasMaxLength(16);
        builder.Property(s => s.CountyCode).HasMaxLength(12);
        builder.Property(s => s.Designations).HasMaxLength(400);
        builder.HasIndex(s => new { s.SchoolCode, s.ValidFrom }).IsUnique();
        builder.HasIndex(s => new { s.SchoolCode, s.IsCurrent });
        builder.HasIndex(s => s.RegionKey);
        builder.HasOne<DimRegion>().WithMany().HasForeignKey(s => s.RegionKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(new DimSchool
        {
            SchoolKey = DimSchool.UnknownKey,
            SchoolCode = "unknown",
            SchoolName = "未知学校",
            SchoolType = "unknown",
            Sponsor = "unknown",
            CountyCode = "unknown",
            RegionKey = DimRegion.UnknownKey,
            ValidFrom = 0,
            ValidTo = DimSchool.OpenEnded,
            IsCurrent = true,
        });
    }
}
