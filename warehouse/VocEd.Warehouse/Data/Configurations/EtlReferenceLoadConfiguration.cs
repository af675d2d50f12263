using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VocEd.Warehouse.Model.Etl;

namespace VocEd.Warehouse.Data.Configurations;

internal sealed class EtlReferenceLoadConfiguration : IEntityTypeConfiguration<EtlReferenceLoad>
{
    public void Configure(EntityTypeBuilder<EtlReferenceLoad> builder)
    {
        builder.ToTable("etl_reference_load");
        builder.HasKey(r => r.ReferenceLoadId);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(r => r.FileName);
    }
}
