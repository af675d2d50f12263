using nietras.SeparatedValues;

namespace VocEd.Warehouse.Text;

/// <summary>
/// Reads the project's own CSV files (reference data, the generator's calibration): RFC 4180 through the Sep library,
/// every record as its fields, the header included. Submissions, which are untrusted and large, have a streaming reader
/// of their own in the ETL.
/// </summary>
public static class ReferenceCsv
{
    /// <summary>Every record of a file, header first; records may have different field counts (the caller checks).</summary>
    public static IEnumerable<string[]> ReadAll(string path)
    {
        using var reader = File.OpenText(path);
        foreach (var record in ReadAll(reader))
        {
            yield return record;
        }
    }

    /// <summary>Every record of a text, header first.</summary>
    public static IEnumerable<string[]> ReadAll(TextReader text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            yield return fields;
        }
    }
}
