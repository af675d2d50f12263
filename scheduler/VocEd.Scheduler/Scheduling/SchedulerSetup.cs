using VocEd.Etl;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Scheduling;

/// <summary>Everything a scheduler host is built from: the warehouse, the ETL's and the scheduler's settings, the reference data folder.</summary>
internal sealed record SchedulerSetup(WarehouseOptions Warehouse, EtlOptions Etl, SchedulerOptions Scheduler, string ReferenceDirectory);
