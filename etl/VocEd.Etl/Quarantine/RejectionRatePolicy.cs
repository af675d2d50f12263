using System.Globalization;
using VocEd.Etl.Validate;

namespace VocEd.Etl.Quarantine;

/// <summary>
/// The quarantine decision: a submission of at least <see cref="MinimumRows"/> rows whose rejection rate exceeds
/// <see cref="Threshold"/> is quarantined whole (<c>rejection_rate_exceeded</c>), and every row then counts as
/// rejected (<c>submission_quarantined</c>).
/// </summary>
public sealed class RejectionRatePolicy
{
    public RejectionRatePolicy(double threshold = 0.20, int minimumRows = 50)
    {
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a rate between 0 and 1");
        }

        Threshold = threshold;
        MinimumRows = minimumRows;
    }

    public double Threshold { get; }

    public int MinimumRows { get; }

    public bool IsExceeded(long rowsRead, long rowsRejected) =>
        rowsRead >= MinimumRows && rowsRead > 0 && (double)rowsRejected / rowsRead > Threshold;

    /// <summary>The file problem when the rate is exceeded, else null.</summary>
    public FileProblem? Judge(long rowsRead, long rowsRejected)
    {
        if (!IsExceeded(rowsRead, rowsRejected))
        {
            return null;
        }

        var rate = Percent((double)rowsRejected / rowsRead);
        return new FileProblem(RuleIds.RejectionRateExceeded, $"{rate} ({rowsRejected}/{rowsRead})", Percent(Threshold));
    }

    /// <summary>The extra violation every row of a quarantined submission carries.</summary>
    public RuleViolation QuarantinedRow(long rowsRead, long rowsRejected) =>
        new(RuleIds.SubmissionQuarantined, string.Empty, Percent(rowsRead == 0 ? 0 : (double)rowsRejected / rowsRead), Percent(Threshold));

    private static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
