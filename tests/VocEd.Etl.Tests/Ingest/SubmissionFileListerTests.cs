using System.Diagnostics;
using VocEd.Etl.Extract;
using VocEd.Etl.Ingest;
using VocEd.Testing;

namespace VocEd.Etl.Tests.Ingest;

/// <summary>
/// The file system is not trusted: only regular files are read, links are followed only to regular files inside the
/// folders given, and everything else — FIFOs, devices, links out or round in a loop — is listed as refused, never opened.
/// </summary>
public sealed class SubmissionFileListerTests
{
    [Test]
    public void Links_out_of_the_folder_links_to_folders_and_loops_are_refused_and_a_link_inside_is_read_by_its_target()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("symbolic links and FIFOs as on Unix");
            return;
        }

        using var temp = new TempDirectory();
        var root = Directory.CreateDirectory(temp.File("in")).FullName;
        var outside = temp.Write("secret.json", "{}"u8.ToArray());
        File.WriteAllText(Path.Combine(root, "a.csv"), "x\n");
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        File.WriteAllText(Path.Combine(root, "sub", "b.csv"), "x\n");
        File.CreateSymbolicLink(Path.Combine(root, "out.csv"), outside);
        Directory.CreateDirectory(Path.Combine(root, ".kept"));
        File.WriteAllText(Path.Combine(root, ".kept", "c.csv"), "x\n");
        File.CreateSymbolicLink(Path.Combine(root, "in.csv"), Path.Combine(root, ".kept", "c.csv"));
        Directory.CreateSymbolicLink(Path.Combine(root, "sub", "loop"), root);
        File.CreateSymbolicLink(Path.Combine(root, "self1"), Path.Combine(root, "self2"));
        File.CreateSymbolicLink(Path.Combine(root, "self2"), Path.Combine(root, "self1"));
        File.CreateSymbolicLink(Path.Combine(root, "dangling.csv"), Path.Combine(root, "gone.csv"));
        Directory.CreateSymbolicLink(Path.Combine(root, "via"), temp.Path);
        File.CreateSymbolicLink(Path.Combine(root, "through.csv"), Path.Combine(root, "via", "secret.json"));
        Mkfifo(Path.Combine(root, "pipe.csv"));

        var watch = Stopwatch.StartNew();
        var listed = SubmissionFileLister.ListAll([root]);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "no loop is followed");

        var read = listed.Where(f => f.Refusal is null).Select(f => (f.FileName, f.FullPath)).OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
        var refused = listed.Where(f => f.Refusal is not null).ToDictionary(f => f.FileName, f => f.Refusal!);
        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(new[]
            {
                ("a.csv", Path.Combine(root, "a.csv")), ("in.csv", Path.Combine(root, ".kept", "c.csv")), ("sub/b.csv", Path.Combine(root, "sub", "b.csv")),
            }));
            Assert.That(refused.Keys, Is.EquivalentTo(new[] { "out.csv", "sub/loop", "self1", "self2", "dangling.csv", "via", "through.csv", "pipe.csv" }));
            Assert.That(refused["out.csv"], Does.Contain("out of the folder"));
            Assert.That(refused["through.csv"], Does.Contain("out of the folder"), "a link through a linked folder is judged by its real path");
            Assert.That(refused["sub/loop"], Does.Contain("folder"));
            Assert.That(refused["pipe.csv"], Does.Contain("FIFO"));
            Assert.That(refused["self1"], Does.Contain("nowhere"));
        });
    }

    [Test]
    public void A_device_or_FIFO_named_on_the_command_line_is_refused_not_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("devices and FIFOs as on Unix");
            return;
        }

        using var temp = new TempDirectory();
        var pipe = temp.File("pipe.csv");
        Mkfifo(pipe);
        var listed = SubmissionFileLister.ListAll(["/dev/zero", pipe]);
        Assert.That(listed.Select(f => (f.FileName, f.Refusal is not null)), Is.EqualTo(new[] { ("zero", true), ("pipe.csv", true) }));
        Assert.That(listed[0].Refusal, Does.Contain("character device"));
        Assert.That(() => SubmissionFiles.OpenRead(pipe), Throws.InstanceOf<IOException>().With.Message.Contains("FIFO"), "never opened: an open would wait for a writer");
    }

    [Test]
    public void A_file_name_shaped_like_a_citizen_id_is_recorded_masked()
    {
        using var temp = new TempDirectory();
        temp.Write("110105194912310021.csv", "x\n"u8.ToArray());
        Assert.That(SubmissionFileLister.List([temp.Path]).Single().FileName, Is.EqualTo("110105************.csv"));
    }

    [Test]
    public void A_deep_folder_tree_is_walked_without_recursion()
    {
        using var temp = new TempDirectory();
        var folder = temp.Path;
        for (var i = 0; i < 200; i++)
        {
            folder = Path.Combine(folder, "d");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "deep.csv"), "x\n");
        Assert.That(SubmissionFileLister.List([temp.Path]).Single().FileName, Does.EndWith("/d/deep.csv"));
    }

    private static void Mkfifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "mkfifo");
    }
}
