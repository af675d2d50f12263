namespace VocEd.Reports.Delivery;

/// <summary>Delivery settings (configuration section <c>Delivery</c>): the mail server, the dashboards' address, the lease of a claim.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The published dashboards' base address (e.g. https://stats.example.cn/dashboards/); a region's page is appended (44/index.html). Empty: no link.</summary>
    public string? DashboardsUrl { get; set; }

    /// <summary>The domain of Message-IDs (the part after @).</summary>
    public string MessageIdDomain { get; set; } = "voced.local";

    /// <summary>Minutes a claim on a delivery is held; after that a worker that went silent is taken over.</summary>
    public int LeaseMinutes { get; set; } = 10;

    /// <summary>Withhold rates in the e-mail body whose denominator is below this (disclosure control).</summary>
    public int MinimumDenominator { get; set; } = Cubes.DisclosureControl.DefaultMinimumDenominator;

    /// <summary>Folder for the workbooks while a delivery runs; empty: the system's temporary folder.</summary>
    public string? WorkDirectory { get; set; }
}
