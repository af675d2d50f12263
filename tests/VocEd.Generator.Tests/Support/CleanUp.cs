namespace VocEd.Generator.Tests.Support;

[SetUpFixture]
public sealed class CleanUp
{
    [OneTimeTearDown]
    public void DeleteGeneratedFolders() => GeneratedRuns.DeleteAll();
}
