using System.Text.RegularExpressions;

namespace VocEd.Generator.Generation;

/// <summary>
/// Makes the output folder ready: created when missing; an earlier sample in it (manifest.json and year folders) is
/// removed (also after an interrupted run) so no stale file is ingested with the new manifest; any other content is refused.
/// </summary>
internal static partial class OutputFolder
{
    public static void Prepare(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
            return;
        }

        var entries = Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var ours = entries.All(e => e is "manifest.json" or ".manifest-parts" || (e is not null && YearFolder().IsMatch(e)));
        if (!ours)
        {
            throw new GeneratorOptionsException($"--out {directory} is not empty and holds no earlier sample (manifest.json and year folders only): choose an empty folder");
        }

        foreach (var entry in entries)
        {
            var path = Path.Combine(directory, entry ?? string.Empty);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
            else
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearFolder();
}
