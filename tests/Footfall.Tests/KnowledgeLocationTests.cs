using Footfall.Tests.Support;

namespace Footfall.Tests;

public sealed class KnowledgeLocationTests
{
    [Fact]
    public void Resolve_NothingConfigured_IsTheKnowledgeBesideTheBinaries()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge"), KnowledgeLocation.Resolve(null));
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge"), KnowledgeLocation.Resolve(" "));
    }

    [Fact]
    public void Resolve_AConfiguredFolder_IsThatFolder()
    {
        using var temp = new TempFolder();

        Assert.Equal(temp.Path, KnowledgeLocation.Resolve(temp.Path));
    }

    [Fact]
    public void Resolve_AConfiguredFolderThatDoesNotExist_NamesTheKeyAndThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"footfall-missing-{Guid.NewGuid():N}");

        var error = Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLocation.Resolve(missing));

        Assert.Contains("Knowledge:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NothingBesideTheStart_IsTheCheckoutsKnowledge()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, KnowledgeLocation.SolutionFile), "<Solution />");
        Directory.CreateDirectory(Path.Combine(temp.Path, "knowledge"));
        var deep = Directory.CreateDirectory(Path.Combine(temp.Path, "src", "App", "bin", "Debug")).FullName;

        Assert.Equal(Path.Combine(temp.Path, "knowledge"), KnowledgeLocation.Find(deep));
        Assert.Equal(temp.Path, KnowledgeLocation.RepositoryRoot(deep));
    }

    [Fact]
    public void Find_OutsideACheckout_IsNull()
    {
        using var temp = new TempFolder();

        Assert.Null(KnowledgeLocation.Find(temp.Path));
        Assert.Null(KnowledgeLocation.RepositoryRoot(temp.Path));
    }
}
