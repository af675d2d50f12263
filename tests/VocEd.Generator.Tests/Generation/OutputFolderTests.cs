using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests.Generation;

public sealed class OutputFolderTests
{
    [Test]
    public void A_second_run_into_the_same_folder_leaves_no_stale_files()
    {
        var directory = Path.Combine(GeneratedRuns.Root, "rerun");
        var generator = new SampleGenerator(GeneratedRuns.Reference);
        generator.RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, directory, Years: 2), null, CancellationToken.None).GetAwaiter().GetResult();
        var result = generator.RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, directory), null, CancellationToken.None).GetAwaiter().GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(Path.Combine(directory, "2023")), Is.False);
            Assert.That(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(result.FilesWritten + 1));
        });
    }

    [Test]
    public void A_folder_with_other_content_is_refused()
    {
        var directory = Path.Combine(GeneratedRuns.Root, "occupied");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "notes.txt"), "mine");

        var e = Assert.ThrowsAsync<GeneratorOptionsException>(() =>
            new SampleGenerator(GeneratedRuns.Reference).RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, directory), null, CancellationToken.None));

        Assert.That(e?.Message, Does.Contain("is not empty"));
    }

    [Test]
    public void A_cancelled_run_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => new SampleGenerator(GeneratedRuns.Reference)
            .RunAsync(new GeneratorOptions(GeneratorScale.Tiny, 2024, Path.Combine(GeneratedRuns.Root, "cancelled")), null, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
