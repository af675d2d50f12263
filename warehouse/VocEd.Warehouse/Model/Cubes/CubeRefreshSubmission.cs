namespace VocEd.Warehouse.Model.Cubes;

/// <summary>
/// One row per submission whose facts the cubes reflect, with the status they reflect. An incremental
/// refresh takes exactly the submissions whose current status differs from the one recorded here, so a
/// load that commits while a refresh runs is picked up by the next one (a time watermark could miss it).
/// </summary>
public sealed class CubeRefreshSubmission
{
    public long SubmissionId { get; set; }

    /// <summary>loaded, superseded or withdrawn, as of the refresh that recorded it.</summary>
    public required string Status { get; set; }

    public long RefreshLogId { get; set; }
}
