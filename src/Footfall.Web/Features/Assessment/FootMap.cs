namespace Footfall.Web.Features.Assessment;

/// <summary>The numbered areas of wwwroot/img/foot-map.svg, keyed by location finding.</summary>
public static class FootMap
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["loc_heel_plantar_medial"] = 1,
        ["loc_heel_center"] = 2,
        ["loc_heel_back"] = 3,
        ["loc_achilles"] = 4,
        ["loc_arch"] = 5,
        ["loc_forefoot_plantar"] = 6,
        ["loc_big_toe_ball"] = 7,
        ["loc_web_space"] = 8,
        ["loc_dorsal_forefoot"] = 9,
        ["loc_dorsal_midfoot"] = 10,
        ["loc_medial_ankle"] = 11,
        ["loc_calf"] = 12,
        ["loc_shin"] = 13,
    };

    /// <summary>The area's number on the diagram, or an empty string for findings not drawn on it.</summary>
    public static string Number(string findingId) =>
        Numbers.TryGetValue(findingId, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
