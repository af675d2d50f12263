using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure.Configurations;

internal sealed class RptRecipientConfiguration : IEntityTypeConfiguration<RptRecipient>
{
    public void Configure(EntityTypeBuilder<RptRecipient> builder)
    {
        builder.ToTable("rpt_recipient");
        builder.HasKey(r => r.RecipientId);
        builder.Property(r => r.RegionCode).HasMaxLength(10);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.HasIndex(r => new { r.RegionCode, r.Email }).IsUnique();
    }
}
