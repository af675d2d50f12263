using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Dimensions;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class DimSubmissionDeadlineConfiguration : IEntityTypeConfiguration<DimSubmissionDeadline>
{
    public void Configure(EntityTypeBuilder<DimSubmissionDeadline> builder)
    {
        builder.ToTable("dim_submission_deadline");
        builder.HasKey(d => new { d.SubmissionKind, d.Year });
        builder.Property(d => d.SubmissionKind).HasMaxLength(32);
    }
}
