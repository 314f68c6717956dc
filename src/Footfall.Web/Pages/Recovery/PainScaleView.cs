namespace Footfall.Web.Pages.Recovery;

/// <summary>One 0-10 pain question as a row of radio buttons (0 no pain, 10 worst imaginable), with "skip".</summary>
public sealed record PainScaleView(string Name, string Legend, string Hint, int? Value);
