namespace Footfall.Web.Tests.Support;

/// <summary>The repository root, found from the test binaries by <see cref="KnowledgeLocation.RepositoryRoot"/>.</summary>
public static class RepoPaths
{
    public static string Root { get; } =
        KnowledgeLocation.RepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{KnowledgeLocation.SolutionFile} not found above the test binaries.");

    /// <summary><c>../shared</c> beside the repository (samples, spec, vignettes).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
