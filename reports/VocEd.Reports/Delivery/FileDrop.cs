namespace VocEd.Reports.Delivery;

/// <summary>
/// Puts workbooks into a drop folder as <c>{folder}/{region}/{file name}</c>, each written under a hidden temporary
/// name in the same folder and then renamed: a reader polling the folder sees a whole file or none.
/// </summary>
public static class FileDrop
{
    public static IReadOnlyList<string> Drop(string folder, string region, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var target = Path.Combine(folder, region);
        Directory.CreateDirectory(target);
        var written = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var path = Path.Combine(target, name);
            var temporary = Path.Combine(target, $".{name}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.Copy(file, temporary);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            written.Add(path);
        }

        return written;
    }
}
