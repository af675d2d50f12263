namespace VocEd.Testing;

/// <summary>Locates the repository root (the folder holding VocEdWarehouse.sln) from the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "VocEdWarehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("VocEdWarehouse.sln not found above " + AppContext.BaseDirectory);
    }
}
