namespace Footfall;

/// <summary>Facts about the product that every host shows the same way.</summary>
public static class FootfallInfo
{
    /// <summary>The notice every assessment result and every health page carries.</summary>
    public const string GuidanceNotice =
        "Footfall gives guidance, not a diagnosis. It does not replace an examination by a doctor or physiotherapist. " +
        "If your pain is severe, getting worse, or you have any of the warning signs Footfall asks about, seek care.";

    /// <summary>The product version, from the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(FootfallInfo).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
