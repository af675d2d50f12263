namespace VocEd.Warehouse.Model.Reports;

/// <summary>
/// One row per subscription: which reports (catalog ids), for which scope (one region, or a fan-out such as
/// <c>every-province</c> or <c>every-prefecture:44</c> resolved when it runs), on which schedule (a cron in
/// <see cref="TimeZone"/>), delivered how (e-mail to the recipients of each region, a file-drop folder, or both).
/// </summary>
public sealed class RptSubscription
{
    public long SubscriptionId { get; set; }

    /// <summary>Unique, chosen by whoever adds it.</summary>
    public required string Name { get; set; }

    /// <summary>Report ids of the catalog, comma-separated in catalog order (regional-quality, major-industry-alignment).</summary>
    public required string ReportIds { get; set; }

    /// <summary>CN, a province (44), a prefecture (4401), every-province or every-prefecture:NN.</summary>
    public required string Scope { get; set; }

    /// <summary>Five-field cron (minute hour day month weekday) in <see cref="TimeZone"/>.</summary>
    public required string Cron { get; set; }

    /// <summary>IANA time zone of the cron (Asia/Shanghai).</summary>
    public required string TimeZone { get; set; }

    /// <summary>Deliver by e-mail to the recipients of each region delivered (the secure store's rpt_recipient).</summary>
    public bool SendEmail { get; set; }

    /// <summary>Folder the workbooks are dropped into as {folder}/{scope}/{file name}; null: no file drop.</summary>
    public string? DropFolder { get; set; }

    /// <summary>The workbook format: xlsx.</summary>
    public required string Format { get; set; }

    public DateTime CreatedAt { get; set; }
}
