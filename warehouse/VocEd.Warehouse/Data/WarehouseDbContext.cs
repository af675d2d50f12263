using Microsoft.EntityFrameworkCore;
using VocEd.Warehouse.Model.Bridges;
using VocEd.Warehouse.Model.Cubes;
using VocEd.Warehouse.Model.Dimensions;
using VocEd.Warehouse.Model.Etl;
using VocEd.Warehouse.Model.Facts;
using VocEd.Warehouse.Model.Reports;
using VocEd.Warehouse.Model.Staging;

namespace VocEd.Warehouse.Data;

/// <summary>
/// The warehouse model, shared by the three providers. Each provider has one sealed subclass with
/// its own migrations (Migrations/Sqlite, Migrations/Postgres, Migrations/SqlServer).
/// </summary>
public abstract class WarehouseDbContext : DbContext
{
    protected WarehouseDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public abstract WarehouseProvider Provider { get; }

    private static string? ConfigurationsNamespace => typeof(Configurations.RptSubscriptionConfiguration).Namespace;

    public DbSet<DimRegion> DimRegions => Set<DimRegion>();

    public DbSet<DimSchool> DimSchools => Set<DimSchool>();

    public DbSet<DimMajorCatalog> DimMajorCatalogs => Set<DimMajorCatalog>();

    public DbSet<DimMajorCategory> DimMajorCategories => Set<DimMajorCategory>();

    public DbSet<DimMajorClass> DimMajorClasses => Set<DimMajorClass>();

    public DbSet<DimMajor> DimMajors => Set<DimMajor>();

    public DbSet<DimIndustry> DimIndustries => Set<DimIndustry>();

    public DbSet<DimDestination> DimDestinations => Set<DimDestination>();

    public DbSet<DimAcademicYear> DimAcademicYears => Set<DimAcademicYear>();

    public DbSet<DimDate> DimDates => Set<DimDate>();

    public DbSet<DimPolicyThreshold> DimPolicyThresholds => Set<DimPolicyThreshold>();

    public DbSet<DimSubmissionDeadline> DimSubmissionDeadlines => Set<DimSubmissionDeadline>();

    public DbSet<BridgeMajorIndustry> BridgeMajorIndustries => Set<BridgeMajorIndustry>();

    public DbSet<FactEnrollment> FactEnrollments => Set<FactEnrollment>();

    public DbSet<FactGraduateOutcome> FactGraduateOutcomes => Set<FactGraduateOutcome>();

    public DbSet<FactSchoolResources> FactSchoolResources => Set<FactSchoolResources>();

    public DbSet<FactRegionalIndustry> FactRegionalIndustries => Set<FactRegionalIndustry>();

    public DbSet<StgSchoolProfile> StgSchoolProfiles => Set<StgSchoolProfile>();

    public DbSet<EtlSubmission> EtlSubmissions => Set<EtlSubmission>();

    public DbSet<EtlSubmissionLock> EtlSubmissionLocks => Set<EtlSubmissionLock>();

    public DbSet<EtlLoadRun> EtlLoadRuns => Set<EtlLoadRun>();

    public DbSet<EtlRejectedRow> EtlRejectedRows => Set<EtlRejectedRow>();

    public DbSet<EtlRuleFailureCount> EtlRuleFailureCounts => Set<EtlRuleFailureCount>();

    public DbSet<EtlPseudonymKey> EtlPseudonymKeys => Set<EtlPseudonymKey>();

    public DbSet<EtlReferenceLoad> EtlReferenceLoads => Set<EtlReferenceLoad>();

    public DbSet<CubeQuality> CubeQuality => Set<CubeQuality>();

    public DbSet<CubeAlignment> CubeAlignment => Set<CubeAlignment>();

    public DbSet<CubeAlignmentSection> CubeAlignmentSections => Set<CubeAlignmentSection>();

    public DbSet<CubeGraduateFit> CubeGraduateFit => Set<CubeGraduateFit>();

    public DbSet<CubeRefreshLog> CubeRefreshLogs => Set<CubeRefreshLog>();

    public DbSet<CubeRefreshLock> CubeRefreshLocks => Set<CubeRefreshLock>();

    public DbSet<CubeRefreshPartition> CubeRefreshPartitions => Set<CubeRefreshPartition>();

    public DbSet<CubeRefreshSubmission> CubeRefreshSubmissions => Set<CubeRefreshSubmission>();

    public DbSet<CubeRefreshScope> CubeRefreshScopes => Set<CubeRefreshScope>();

    public DbSet<CubeRefreshScopeCell> CubeRefreshScopeCells => Set<CubeRefreshScopeCell>();

    public DbSet<CubeRefreshSchoolCell> CubeRefreshSchoolCells => Set<CubeRefreshSchoolCell>();

    public DbSet<CubeRefreshCell> CubeRefreshCells => Set<CubeRefreshCell>();

    public DbSet<CubeRefreshMajor> CubeRefreshMajors => Set<CubeRefreshMajor>();

    public DbSet<CubeBaseMajor> CubeBaseMajors => Set<CubeBaseMajor>();

    public DbSet<CubeBaseCategory> CubeBaseCategories => Set<CubeBaseCategory>();

    public DbSet<CubeBaseBySchool> CubeBaseBySchools => Set<CubeBaseBySchool>();

    public DbSet<CubeQualitySchool> CubeQualitySchools => Set<CubeQualitySchool>();

    public DbSet<CubeDestination> CubeDestinations => Set<CubeDestination>();

    public DbSet<CubeSubmissionStatus> CubeSubmissionStatuses => Set<CubeSubmissionStatus>();

    public DbSet<CubeSubmissionStatusRegion> CubeSubmissionStatusRegions => Set<CubeSubmissionStatusRegion>();

    public DbSet<CubeSubmissionCoverage> CubeSubmissionCoverage => Set<CubeSubmissionCoverage>();

    public DbSet<CubePriorityCoverage> CubePriorityCoverage => Set<CubePriorityCoverage>();

    public DbSet<CubeBaseSchool> CubeBaseSchools => Set<CubeBaseSchool>();

    public DbSet<RptSubscription> RptSubscriptions => Set<RptSubscription>();

    public DbSet<RptDelivery> RptDeliveries => Set<RptDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The secure store's configurations live in the same assembly and belong to its own context.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WarehouseDbContext).Assembly, t => t.Namespace == ConfigurationsNamespace);
        ConfigureProviderModel(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder);
    }

    /// <summary>What one provider changes in the shared model, before the names are snake-cased (none by default).</summary>
    protected virtual void ConfigureProviderModel(ModelBuilder modelBuilder)
    {
    }
}
