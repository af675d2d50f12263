using VocEd.Reports.Models;

namespace VocEd.Reports.Dashboards;

/// <summary>
/// A number as a page shows it: a value, or none — either because there is no data (<see cref="Suppressed"/> false)
/// or because its denominator is below the disclosure minimum (<see cref="Suppressed"/> true, shown as 样本不足).
/// </summary>
public sealed record DashboardValue(double? Value, bool Suppressed = false)
{
    public static DashboardValue None { get; } = new((double?)null);

    public static DashboardValue Withheld { get; } = new((double?)null, true);

    /// <summary>A report figure as a page shows it; a value that is not a finite number has nothing to show.</summary>
    public static DashboardValue Of(Figure figure) =>
        figure.Suppressed ? Withheld : figure.Value is { } value && double.IsFinite(value) ? new DashboardValue(value) : None;

    public bool HasValue => Value is { } v && !double.IsNaN(v);
}
