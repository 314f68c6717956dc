using System.ComponentModel.DataAnnotations;
using Footfall.Recovery;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The test-results form on the plan page; empty fields mean "not tested".</summary>
public sealed class EvidenceInput
{
    [Display(Name = "Single-leg heel raises, sore side")]
    [Range(0, 200, ErrorMessage = "{0} must be 0 to 200.")]
    public int? HeelRaisesSore { get; set; }

    [Display(Name = "Single-leg heel raises, other side")]
    [Range(0, 200, ErrorMessage = "{0} must be 0 to 200.")]
    public int? HeelRaisesOther { get; set; }

    [Display(Name = "Longest pain-free brisk walk (minutes)")]
    [Range(0, 600, ErrorMessage = "{0} must be 0 to 600.")]
    public int? PainFreeBriskWalkMinutes { get; set; }

    [Display(Name = "Pain-free single-leg hops")]
    [Range(0, 500, ErrorMessage = "{0} must be 0 to 500.")]
    public int? PainFreeHops { get; set; }

    [Display(Name = "Pain-free single-leg squats")]
    [Range(0, 200, ErrorMessage = "{0} must be 0 to 200.")]
    public int? PainFreeSingleLegSquats { get; set; }

    [Display(Name = "Single-leg stand, sore side (seconds)")]
    [Range(0, 600, ErrorMessage = "{0} must be 0 to 600.")]
    public int? SingleLegStandSeconds { get; set; }

    /// <summary>"yes", "no" or empty (not checked).</summary>
    public string? BonyTenderness { get; set; }

    /// <summary>"yes", "no" or empty (not asked).</summary>
    public string? ClinicianCleared { get; set; }

    public static EvidenceInput From(PhaseEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            HeelRaisesSore = e.HeelRaisesSore,
            HeelRaisesOther = e.HeelRaisesOther,
            PainFreeBriskWalkMinutes = e.PainFreeBriskWalkMinutes,
            PainFreeHops = e.PainFreeHops,
            PainFreeSingleLegSquats = e.PainFreeSingleLegSquats,
            SingleLegStandSeconds = e.SingleLegStandSeconds,
            BonyTenderness = YesNo(e.BonyTenderness),
            ClinicianCleared = YesNo(e.ClinicianCleared),
        };
    }

    public PhaseEvidence ToDomain() => new()
    {
        HeelRaisesSore = HeelRaisesSore,
        HeelRaisesOther = HeelRaisesOther,
        PainFreeBriskWalkMinutes = PainFreeBriskWalkMinutes,
        PainFreeHops = PainFreeHops,
        PainFreeSingleLegSquats = PainFreeSingleLegSquats,
        SingleLegStandSeconds = SingleLegStandSeconds,
        BonyTenderness = Bool(BonyTenderness),
        ClinicianCleared = Bool(ClinicianCleared),
    };

    private static string? YesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    private static bool? Bool(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
