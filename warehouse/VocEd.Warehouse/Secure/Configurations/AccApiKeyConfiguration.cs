using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure.Configurations;

internal sealed class AccApiKeyConfiguration : IEntityTypeConfiguration<AccApiKey>
{
    public void Configure(EntityTypeBuilder<AccApiKey> builder)
    {
        builder.ToTable("acc_api_key");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyPrefix).HasMaxLength(40);
        builder.Property(k => k.SecretSha256).HasMaxLength(64).HasColumnName("secret_sha256");
        builder.HasIndex(k => k.KeyPrefix).IsUnique();
        builder.HasOne<AccAccount>().WithMany().HasForeignKey(k => k.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
