using VocEd.Etl.Records;

namespace VocEd.Etl.Scan;

/// <summary>Counts a submission's rows as they stream: read = accepted + rejected, and warnings.</summary>
public sealed class SubmissionTally
{
    public long RowsRead { get; private set; }

    public long RowsRejected { get; private set; }

    public long RowsAccepted => RowsRead - RowsRejected;

    /// <summary>Rows kept with at least one warning.</summary>
    public long RowsWithWarnings { get; private set; }

    public void Add(ValidatedRow row)
    {
        RowsRead++;
        if (row.IsRejected)
        {
            RowsRejected++;
        }
        else if (row.Violations.Count > 0)
        {
            RowsWithWarnings++;
        }
    }
}
