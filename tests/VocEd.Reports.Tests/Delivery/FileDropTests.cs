using System.Security.Cryptography;
using VocEd.Reports.Delivery;
using VocEd.Testing;

namespace VocEd.Reports.Tests.Delivery;

public sealed class FileDropTests
{
    [Test]
    public async Task A_reader_polling_the_folder_never_sees_a_partial_file()
    {
        using var temp = new TempDirectory("voced-drop");
        var sources = Enumerable.Range(1, 6).Select(i =>
        {
            var path = temp.File($"src/44_广东省_报告{i}_2024学年.xlsx");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(4_000_000 + i));
            return path;
        }).ToList();
        var expected = sources.ToDictionary(s => Path.GetFileName(s), s => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(s))));
        var drop = temp.File("drop");
        using var stop = new CancellationTokenSource();
        var (seen, partial) = (0, new List<string>());
        var reader = Task.Run(() =>
        {
            var folder = Path.Combine(drop, "44");
            while (!stop.IsCancellationRequested)
            {
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                // What a consumer of the drop folder reads: visible files, not the hidden temporary ones.
                foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')))
                {
                    byte[] bytes;
                    try
                    {
                        bytes = File.ReadAllBytes(file);
                    }
                    catch (FileNotFoundException)
                    {
                        continue;
                    }

                    seen++;
                    if (Convert.ToHexString(SHA256.HashData(bytes)) != expected[Path.GetFileName(file)])
                    {
                        partial.Add(Path.GetFileName(file));
                    }
                }
            }
        });

        for (var round = 0; round < 5; round++)
        {
            FileDrop.Drop(drop, "44", sources);
        }

        await Task.Delay(100);
        await stop.CancelAsync();
        await reader;
        Assert.That(partial, Is.Empty);
        Assert.That(seen, Is.GreaterThan(0));
        Assert.That(Directory.GetFiles(Path.Combine(drop, "44")).Select(Path.GetFileName), Is.EquivalentTo(expected.Keys), "no temporary file is left");
    }
}
