using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Facts;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class FactGraduateOutcomeConfiguration : IEntityTypeConfiguration<FactGraduateOutcome>
{
    public void Configure(EntityTypeBuilder<FactGraduateOutcome> builder)
    {
        builder.ToTable("fact_graduate_outcome");
        FactConventions.Pseudonym(builder.Property(f => f.StudentPseudonym));
        builder.Property(f => f.EmployerDivision).HasMaxLength(2).IsUnicode(false);
        builder.Property(f => f.MonthlySalaryYuan).HasPrecision(12, 2);
        FactConventions.Apply(builder, nameof(FactGraduateOutcome.GraduationYear), nameof(FactGraduateOutcome.SchoolKey));
    }
}
