namespace Footfall.Web.Features.Jobs;

/// <summary>Trigger names the jobs tell apart.</summary>
public static class JobSetupNames
{
    /// <summary>The start-up firing of <see cref="ImportResume"/> with the in-memory schedule.</summary>
    public const string ResumeOnce = "import-resume-at-start";

    /// <summary>The recurring firing of <see cref="ImportResume"/> on a cluster.</summary>
    public const string ResumeSweep = "import-resume-sweep";
}
