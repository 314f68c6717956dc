namespace Footfall.Web.Infrastructure;

/// <summary>A database configuration mistake found while wiring services, reported at start-up.</summary>
public sealed record DatabaseConfigurationError(string Message);
