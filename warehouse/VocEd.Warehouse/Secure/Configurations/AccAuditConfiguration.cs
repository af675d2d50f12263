using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure.Configurations;

internal sealed class AccAuditConfiguration : IEntityTypeConfiguration<AccAudit>
{
    public void Configure(EntityTypeBuilder<AccAudit> builder)
    {
        builder.ToTable("acc_audit");
        builder.HasKey(a => a.AuditId);
        builder.Property(a => a.Account).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Target).HasMaxLength(400);
        builder.Property(a => a.Outcome).HasMaxLength(200);
    }
}
