using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Data;
using VocEd.Warehouse.Secure.Model;

namespace VocEd.Warehouse.Secure;

/// <summary>
/// The secure store: personal and secret data (report recipients; the web host's accounts, API-key hashes, uploads and
/// audit log) kept apart from what analysts read — schema <c>secure</c> of the warehouse's database on PostgreSQL and SQL
/// Server (outside what <c>db grant-readonly</c> grants), a separate SQLite file beside the warehouse on SQLite. One
/// sealed subclass per provider, each with its own migrations (Secure/Migrations/{Sqlite,Postgres,SqlServer}); a table
/// is added as in the warehouse: a class under Secure/Model, its configuration under Secure/Configurations, then
/// <c>scripts/add-migration.sh --secure Name</c>.
/// </summary>
public abstract class SecureDbContext : DbContext
{
    /// <summary>The schema of the secure tables on PostgreSQL and SQL Server (and of their migrations history).</summary>
    public const string Schema = "secure";

    protected SecureDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public abstract WarehouseProvider Provider { get; }

    public DbSet<RptRecipient> RptRecipients => Set<RptRecipient>();

    public DbSet<AccAccount> AccAccounts => Set<AccAccount>();

    public DbSet<AccApiKey> AccApiKeys => Set<AccApiKey>();

    public DbSet<AccUpload> AccUploads => Set<AccUpload>();

    public DbSet<AccAudit> AccAudits => Set<AccAudit>();

    private static string? ConfigurationsNamespace => typeof(Configurations.RptRecipientConfiguration).Namespace;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SecureDbContext).Assembly, t => t.Namespace == ConfigurationsNamespace);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
