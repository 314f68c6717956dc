namespace Footfall.Tests.Support;

/// <summary>Where the repository and <c>../shared</c> are, found from the test binary's folder.</summary>
public static class SharedPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary><c>../shared</c> beside the repository (samples, spec, vignettes).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Samples(params string[] parts) => Path.Combine([Shared, "samples", .. parts]);

    public static string Knowledge { get; } = Path.Combine(RepoRoot, "knowledge");

    private static string FindRepoRoot() =>
        KnowledgeLocation.RepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{KnowledgeLocation.SolutionFile} not found above the test binaries.");
}
