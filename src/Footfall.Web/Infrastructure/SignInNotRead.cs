namespace Footfall.Web.Infrastructure;

/// <summary>
/// Endpoint metadata: the endpoint is public and never looks at who is signed in (the anonymous
/// assessment API), so the sign-in cookie is not read for it. An endpoint that reads the user, or
/// that the fallback sign-in policy protects, must not carry it.
/// </summary>
public sealed class SignInNotRead
{
    public static SignInNotRead Instance { get; } = new();

    private SignInNotRead()
    {
    }
}
