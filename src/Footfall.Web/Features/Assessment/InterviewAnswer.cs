using Footfall.Assessment;

namespace Footfall.Web.Features.Assessment;

/// <summary>One answer of the interview; <paramref name="Step"/> groups the answers of one page.</summary>
public sealed record InterviewAnswer(string FindingId, FindingAnswer Answer, int Step);
