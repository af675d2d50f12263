using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class FactEnrollmentConfiguration : IEntityTypeConfiguration<FactEnrollment>
{
    public void Configure(EntityTypeBuilder<FactEnrollment> builder)
    {
        builder.ToTable("fact_enrollment");
        FactConventions.Pseudonym(builder.Property(f => f.StudentPseudonym));
        builder.Property(f => f.Gender).HasMaxLength(1).IsUnicode(false);
        builder.Property(f => f.Route).HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.TrainingLevel).HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.EntryLevel).HasMaxLength(16).IsUnicode(false);
        FactConventions.Apply(builder, nameof(FactEnrollment.AcademicYear), nameof(FactEnrollment.SchoolKey));
    }
}
