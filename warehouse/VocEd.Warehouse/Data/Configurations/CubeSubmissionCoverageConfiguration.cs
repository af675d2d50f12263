using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Cubes;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class CubeSubmissionCoverageConfiguration : IEntityTypeConfiguration<CubeSubmissionCoverage>
{
    public void Configure(EntityTypeBuilder<CubeSubmissionCoverage> builder)
    {
        builder.ToTable("cube_submission_coverage");
        builder.HasKey(c => new { c.RegionCode, c.AcademicYear, c.SubmissionKind });
        builder.Property(c => c.RegionCode).HasMaxLength(12);
        builder.Property(c => c.RegionLevel).HasMaxLength(16);
        builder.Property(c => c.SubmissionKind).HasMaxLength(32);
        builder.HasIndex(c => new { c.AcademicYear, c.RegionLevel });
    }
}
