using System.Globalization;
using VocEd.Warehouse.Admin;

namespace VocEd.Scheduler.Cli;

/// <summary>Prints a <see cref="WarehouseSummary"/> as an aligned two-column table.</summary>
internal static class SummaryPrinter
{
    public static async Task PrintAsync(TextWriter output, WarehouseSummary summary)
    {
        var width = summary.Lines.Max(l => l.Label.Length) + 2;
        foreach (var line in summary.Lines)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {line.Label.PadRight(width)}{line.Count,12:N0}")).ConfigureAwait(false);
        }
    }
}
