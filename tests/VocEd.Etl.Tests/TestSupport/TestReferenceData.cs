using VocEd.Warehouse.Reference;

namespace VocEd.Etl.Tests.TestSupport;

/// <summary>
/// Loads the shipped reference data for tests, working around two faults of the warehouse project as committed
/// (reported to its owner): the files are copied to ReferenceData/ while <see cref="ReferenceDataSet.DefaultDirectory"/>
/// says reference/, and industry-sections.csv leaves commas in name_en unquoted. When both are fixed this loads directly.
/// </summary>
internal static class TestReferenceData
{
    public static ReferenceDataSet Load()
    {
        var directory = Directory.Exists(ReferenceDataSet.DefaultDirectory)
            ? ReferenceDataSet.DefaultDirectory
            : Path.Combine(AppContext.BaseDirectory, "ReferenceData");
        try
        {
            return ReferenceDataSet.Load(directory);
        }
        catch (ReferenceDataException ex) when (ex.Message.Contains("industry-sections.csv", StringComparison.Ordinal))
        {
            return ReferenceDataSet.Load(RepairedCopy(directory));
        }
    }

    private static string RepairedCopy(string directory)
    {
        var copy = Path.Combine(Path.GetTempPath(), "voced-etl-tests-reference-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(directory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        var lines = File.ReadAllLines(Path.Combine(directory, "industry-sections.csv"));
        var repaired = lines.Take(1).Concat(lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var fields = line.Split(',');
            var nameEn = string.Join(",", fields[3..^1]).Replace("\"", "\"\"", StringComparison.Ordinal);
            return $"{fields[0]},{fields[1]},{fields[2]},\"{nameEn}\",{fields[^1]}";
        }));
        File.WriteAllLines(Path.Combine(copy, "industry-sections.csv"), repaired);
        return copy;
    }
}
