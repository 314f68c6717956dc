namespace Footfall.Web.Features.Account;

public enum PasswordSignInStatus
{
    SignedIn,
    SecondFactor,
    Failed,
    Throttled,
    NotConfirmed,
}
