using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlPseudonymKeyConfiguration : IEntityTypeConfiguration<EtlPseudonymKey>
{
    public void Configure(EntityTypeBuilder<EtlPseudonymKey> builder)
    {
        builder.ToTable("etl_pseudonym_key");
        builder.HasKey(k => k.KeyVersion);
        builder.Property(k => k.KeyVersion).ValueGeneratedNever();
        builder.Property(k => k.Fingerprint).HasMaxLength(64).IsUnicode(false);
        builder.Property(k => k.RecordedBy).HasMaxLength(16);
    }
}
