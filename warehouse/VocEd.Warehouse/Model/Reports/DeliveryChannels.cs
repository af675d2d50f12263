namespace VocEd.Warehouse.Model.Reports;

/// <summary>The values of rpt_delivery.channel.</summary>
public static class DeliveryChannels
{
    /// <summary>One e-mail to one recipient of the region.</summary>
    public const string Email = "email";

    /// <summary>The workbooks written into the subscription's drop folder.</summary>
    public const string File = "file";

    /// <summary>No channel: the row records that the region had no data.</summary>
    public const string None = "none";
}
