using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class StgSchoolProfileConfiguration : IEntityTypeConfiguration<StgSchoolProfile>
{
    public void Configure(EntityTypeBuilder<StgSchoolProfile> builder)
    {
        builder.ToTable("stg_school_profile");
        builder.HasKey(s => s.StgSchoolProfileId);
        builder.Property(s => s.SchoolCode).HasMaxLength(10);
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.SchoolType).HasMaxLength(16);
        builder.Property(s => s.Sponsor).HasMaxLength(16);
        builder.Property(s => s.OwnerLevel).HasMaxLength(16);
        builder.Property(s => s.CountyCode).HasMaxLength(6);
        builder.Property(s => s.Designations).HasMaxLength(400);
        builder.HasIndex(s => new { s.SchoolCode, s.AcademicYear }).IsUnique();
        builder.HasIndex(s => s.SubmissionId);
        builder.HasOne<EtlSubmission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
