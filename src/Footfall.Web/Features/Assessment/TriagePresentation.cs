using Footfall.Assessment;
using Footfall.Assessment.Knowledge;

namespace Footfall.Web.Features.Assessment;

/// <summary>How a triage level, a likelihood and an explanation read to a runner.</summary>
public static class TriagePresentation
{
    public static string Title(TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance => "Call an ambulance now",
        TriageLevel.Emergency => "Go to an emergency department now",
        TriageLevel.Consultation24 => "See a doctor within 24 hours",
        TriageLevel.Consultation => "Book an assessment within a few days",
        _ => "You can start managing this yourself",
    };

    public static string Action(TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance => "Call your local emergency number (112, 999 or 911). Do not drive yourself. Do not massage or stretch the leg.",
        TriageLevel.Emergency => "Go to an emergency department or same-day urgent care now. Do not run, and do not massage or stretch the leg.",
        TriageLevel.Consultation24 => "Stop running and see a doctor or sports physician within the next 24 hours.",
        TriageLevel.Consultation => "Book an appointment with a doctor or physiotherapist within the next few days. Follow the running advice below until then.",
        _ => "Follow the plan below. See a clinician if it is not improving within a few weeks, or sooner if anything below applies.",
    };

    public static string Likelihood(double probability) => probability switch
    {
        >= 0.7 => "Most likely",
        >= 0.4 => "Likely",
        >= 0.15 => "Possible",
        _ => "Less likely",
    };

    public static string Running(RunningAdvice advice) => advice switch
    {
        RunningAdvice.KeepRunning => "you can keep running, keeping pain at 3/10 or less.",
        RunningAdvice.Reduce => "reduce your running to what keeps pain at 3/10 or less and settled by the next morning.",
        RunningAdvice.StopAndCrossTrain => "stop running for now; keep fit with pain-free cross-training (cycling, swimming, deep-water running).",
        _ => "do not run until you have been seen.",
    };

    /// <summary>A finding as the runner answered it, e.g. "Not: Burning pain" or "Weeks with pain: 8".</summary>
    public static string Statement(FindingContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return contribution.Answer switch
        {
            "yes" => contribution.Text,
            "no" => $"No: {contribution.Text.TrimEnd('.')}",
            _ => $"{contribution.Text}: {contribution.Answer}",
        };
    }
}
