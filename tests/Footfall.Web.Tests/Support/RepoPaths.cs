namespace Footfall.Web.Tests.Support;

/// <summary>The repository root, found from the test binaries by looking for Footfall.slnx.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    /// <summary><c>../shared</c> beside the repository (samples, spec, vignettes).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Footfall.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Footfall.slnx not found above the test binaries.");
    }
}
