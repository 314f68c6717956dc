using System.Globalization;
using System.Text;
using Footfall.Assessment;

namespace Footfall.Cli.Commands;

/// <summary>A readable, plain-text rendering of an assessment result, triage first and prominent.</summary>
internal static class ResultText
{
    public static string Render(AssessmentResult result, string? region = null)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var banner = new string('=', 72);
        text.AppendLine(banner);
        text.AppendLine(c, $"  TRIAGE: {result.Triage.ToId().ToUpperInvariant().Replace('_', ' ')}");
        // An emergency says one thing to do, in its own words, with the local number.
        var emergency = result.Triage.IsEmergency() ? result.RedFlags.FirstOrDefault(f => f.Level == result.Triage && f.Action is not null) : null;
        text.AppendLine(c, $"  {(emergency is null ? result.Advice.Headline : EmergencyNumbers.Fill(emergency.Action!, region))}");
        text.AppendLine(banner);
        foreach (var flag in result.RedFlags.Where(f => f != emergency))
        {
            text.AppendLine(c, $"  ! {flag.Reason}");
        }

        text.AppendLine();
        text.AppendLine("Likely causes:");
        var rank = 0;
        foreach (var condition in result.Conditions.Take(5))
        {
            text.AppendLine(c, $"  {++rank}. {condition.Name}  {condition.Probability:P0}");
            if (condition.Supporting.Count > 0)
            {
                text.AppendLine(c, $"     for:     {string.Join("; ", condition.Supporting.Take(4).Select(Describe))}");
            }

            if (condition.Conflicting.Count > 0)
            {
                text.AppendLine(c, $"     against: {string.Join("; ", condition.Conflicting.Take(3).Select(Describe))}");
            }
        }

        if (result.Conditions.Count == 0)
        {
            text.AppendLine("  No single cause stands out yet.");
        }

        if (emergency is null)
        {
            text.AppendLine();
            text.AppendLine("What to do now:");
            foreach (var step in result.Advice.Now)
            {
                text.AppendLine(c, $"  - {step}");
            }
        }

        if (result.SelfTests.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Self-tests that would sharpen the picture:");
            foreach (var test in result.SelfTests)
            {
                text.AppendLine(c, $"  - {test.Name}: {test.How} {test.PositiveMeans}");
            }
        }

        text.AppendLine();
        text.AppendLine("When to see someone:");
        foreach (var line in result.Advice.WhenToSeekCare)
        {
            text.AppendLine(c, $"  - {line}");
        }

        text.AppendLine();
        text.Append(result.Notice);
        return text.ToString();
    }

    private static string Describe(FindingContribution f) =>
        (f.Answer == "no" ? "not: " : string.Empty) + f.Text.TrimEnd('.') + (f.FromData is null ? string.Empty : " (from " + f.FromData + ")");
}
