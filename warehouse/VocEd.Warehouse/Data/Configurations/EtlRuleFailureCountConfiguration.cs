using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlRuleFailureCountConfiguration : IEntityTypeConfiguration<EtlRuleFailureCount>
{
    public void Configure(EntityTypeBuilder<EtlRuleFailureCount> builder)
    {
        builder.ToTable("etl_rule_failure_count");
        builder.HasKey(c => new { c.SubmissionId, c.RuleId });
        builder.Property(c => c.RuleId).HasMaxLength(64);
        builder.Property(c => c.Severity).HasMaxLength(8);
        builder.HasOne<EtlSubmission>().WithMany().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
