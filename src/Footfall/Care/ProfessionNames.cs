namespace Footfall.Care;

/// <summary>Display names and parsing for <see cref="Profession"/>.</summary>
public static class ProfessionNames
{
    public static IReadOnlyList<Profession> All { get; } = Enum.GetValues<Profession>();

    /// <summary>The name a runner reads, e.g. "Athletic therapist".</summary>
    public static string Name(this Profession profession) => profession switch
    {
        Profession.Physiotherapist => "Physiotherapist",
        Profession.Chiropractor => "Chiropractor",
        Profession.AthleticTherapist => "Athletic therapist",
        Profession.Podiatrist => "Podiatrist",
        Profession.SportsPhysician => "Sports physician",
        _ => throw new ArgumentOutOfRangeException(nameof(profession), profession, "Unknown profession."),
    };

    /// <summary>Reads a profession by its enum name ("AthleticTherapist") or display name, ignoring case.</summary>
    public static bool TryParse(string? text, out Profession profession)
    {
        profession = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(key, ignoreCase: true, out profession) && Enum.IsDefined(profession);
    }
}
