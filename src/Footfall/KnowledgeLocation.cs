namespace Footfall;

/// <summary>
/// Where the clinical knowledge folder is, decided once for every host and reader: the configuration key
/// <see cref="ConfigurationKey"/> (<c>Knowledge__Path</c> as an environment variable) when set; otherwise
/// <c>knowledge/</c> beside the binaries, where the build and <c>dotnet publish</c> copy it; otherwise,
/// in a development checkout run from elsewhere, the <c>knowledge/</c> of the repository (the folder
/// holding <c>Footfall.slnx</c>). Assessment files are at its top level, recovery files in <c>recovery/</c>.
/// </summary>
public static class KnowledgeLocation
{
    /// <summary>The configuration key that points every host at another knowledge folder.</summary>
    public const string ConfigurationKey = "Knowledge:Path";

    /// <summary>The solution file that marks a repository checkout's root.</summary>
    public const string SolutionFile = "Footfall.slnx";

    /// <summary>The knowledge folder for a configured value (null or empty for the default).</summary>
    /// <exception cref="DirectoryNotFoundException">The configured folder does not exist, or no default is found.</exception>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured);
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"{ConfigurationKey} is '{configured}', which is not a folder (resolved to {path}).");
        }

        return Find(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"knowledge/ was found neither beside the binaries ({AppContext.BaseDirectory}) nor in a folder above them holding {SolutionFile}; set {ConfigurationKey}.");
    }

    /// <summary>The default knowledge folder seen from <paramref name="startDirectory"/>, or null.</summary>
    public static string? Find(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        var beside = Path.Combine(startDirectory, "knowledge");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        return RepositoryRoot(startDirectory) is { } root && Directory.Exists(Path.Combine(root, "knowledge"))
            ? Path.Combine(root, "knowledge")
            : null;
    }

    /// <summary>The recovery knowledge inside a knowledge folder.</summary>
    public static string Recovery(string knowledgeDirectory)
    {
        ArgumentNullException.ThrowIfNull(knowledgeDirectory);
        return Path.Combine(knowledgeDirectory, "recovery");
    }

    /// <summary>
    /// The repository checkout holding <paramref name="startDirectory"/>: the nearest folder at or above
    /// it that holds <see cref="SolutionFile"/>, or null outside a checkout.
    /// </summary>
    public static string? RepositoryRoot(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
