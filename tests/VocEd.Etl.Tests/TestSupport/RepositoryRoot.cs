namespace VocEd.Etl.Tests.TestSupport;

/// <summary>The repository root: the nearest folder above the test assembly that holds VocEdWarehouse.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VocEdWarehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no VocEdWarehouse.sln above " + AppContext.BaseDirectory);
    }
}
