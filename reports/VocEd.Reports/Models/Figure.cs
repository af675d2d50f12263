namespace VocEd.Reports.Models;

/// <summary>
/// One number of a report as the cube holds it (never rounded), or nothing: <see cref="Value"/> null with
/// <see cref="Suppressed"/> false means the cube has no value (a zero denominator, no row); <see cref="Suppressed"/>
/// true means disclosure control withheld it (its denominator is below the minimum), and the workbook says so.
/// </summary>
public readonly record struct Figure(double? Value, bool Suppressed)
{
    public static Figure None => default;

    public static Figure Withheld => new(null, true);

    public static Figure Of(double? value) => new(value, false);

    /// <summary>The difference <c>this − earlier</c> (× 100 when <paramref name="inPoints"/>: rates change in percentage points); withheld when either side is, so a change never reveals a withheld value.</summary>
    public Figure ChangeFrom(Figure earlier, bool inPoints) =>
        Suppressed || earlier.Suppressed
            ? Withheld
            : Value is { } now && earlier.Value is { } then ? Of(inPoints ? (now - then) * 100 : now - then) : None;
}
