using VocEd.Etl;
using VocEd.Reports.Delivery;
using VocEd.Warehouse.Data;

namespace VocEd.Scheduler.Scheduling;

/// <summary>
/// Everything a scheduler host is built from: the warehouse, the ETL's and the scheduler's settings, the reference data
/// folder, and the delivery's settings (SMTP, drop folder; defaults when null).
/// </summary>
internal sealed record SchedulerSetup(WarehouseOptions Warehouse, EtlOptions Etl, SchedulerOptions Scheduler, string ReferenceDirectory, DeliveryOptions? Delivery = null);
