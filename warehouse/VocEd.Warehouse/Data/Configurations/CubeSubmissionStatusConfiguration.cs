using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeSubmissionStatusConfiguration : IEntityTypeConfiguration<CubeSubmissionStatus>
{
    public void Configure(EntityTypeBuilder<CubeSubmissionStatus> builder)
    {
        builder.ToTable("cube_submission_status");
        builder.HasKey(c => new { c.SchoolCode, c.AcademicYear, c.SubmissionKind });
        builder.Property(c => c.SchoolCode).HasMaxLength(10);
        builder.Property(c => c.SubmissionKind).HasMaxLength(32);
        builder.Property(c => c.SchoolName).HasMaxLength(200);
        builder.Property(c => c.CountyCode).HasMaxLength(12);
        builder.Property(c => c.PrefectureCode).HasMaxLength(4);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.EconomicRegion).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.HasIndex(c => new { c.AcademicYear, c.PrefectureCode });
    }
}
