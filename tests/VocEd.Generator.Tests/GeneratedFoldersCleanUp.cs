using VocEd.Generator.Tests.Support;

namespace VocEd.Generator.Tests;

/// <summary>Deletes the generated sample folders after all tests (a set-up fixture applies to its namespace and below).</summary>
[SetUpFixture]
public sealed class GeneratedFoldersCleanUp
{
    [OneTimeTearDown]
    public void DeleteGeneratedFolders() => GeneratedRuns.DeleteAll();
}
