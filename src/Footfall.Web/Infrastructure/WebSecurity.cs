namespace Footfall.Web.Infrastructure;

/// <summary>Whether this host insists on HTTPS (redirects, HSTS, Secure and __Host- cookies).</summary>
public sealed record WebSecurity(bool RequireHttps);
