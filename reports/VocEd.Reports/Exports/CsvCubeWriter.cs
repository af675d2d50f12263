using System.Text;
using VocEd.Reports.Cubes;
using VocEd.Warehouse.Text;

namespace VocEd.Reports.Exports;

/// <summary>
/// A cube as CSV: UTF-8 with BOM (Excel and SPSS read the Chinese), a header of column names, invariant culture, empty
/// for NULL; text that a spreadsheet could run as a formula is neutralized (<see cref="FormulaGuard"/>).
/// </summary>
internal static class CsvCubeWriter
{
    public static async Task WriteAsync(CubeTable table, string path, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        CsvWriter.WriteRow(writer, table.Columns.Select(c => c.Name));
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            CsvWriter.WriteRow(writer, row.Select(Format));
        }

        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>One value as the CSV writes it (<see cref="CubeCsvValue"/>).</summary>
    public static string? Format(object? value) => CubeCsvValue.Format(value);
}
