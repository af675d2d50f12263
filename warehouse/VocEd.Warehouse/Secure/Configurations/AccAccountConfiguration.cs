using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure.Configurations;

internal sealed class AccAccountConfiguration : IEntityTypeConfiguration<AccAccount>
{
    public void Configure(EntityTypeBuilder<AccAccount> builder)
    {
        builder.ToTable("acc_account");
        builder.HasKey(a => a.AccountId);
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.Role).HasMaxLength(20);
        builder.Property(a => a.RegionCode).HasMaxLength(10);
        builder.Property(a => a.SchoolCode).HasMaxLength(20);
        builder.Property(a => a.PasswordHash).HasMaxLength(400);
        builder.HasIndex(a => a.UserName).IsUnique();
    }
}
