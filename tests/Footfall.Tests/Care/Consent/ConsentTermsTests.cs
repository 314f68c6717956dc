using Footfall.Care.Consent;

namespace Footfall.Tests.Care.Consent;

public sealed class ConsentTermsTests
{
    private static readonly DateTimeOffset Granted = new(2027, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Allows_OnlyTheGrantedParts()
    {
        var terms = new ConsentTerms(ConsentScope.Assessments | ConsentScope.Recovery, Granted, Granted + ConsentTerms.DefaultDuration, null);

        Assert.True(terms.Allows(ConsentScope.Assessments, Granted.AddDays(1)));
        Assert.False(terms.Allows(ConsentScope.RunningHistory, Granted.AddDays(1)));
    }

    [Fact]
    public void Allows_NotAfterExpiry() =>
        Assert.False(new ConsentTerms(ConsentScope.All, Granted, Granted.AddDays(90), null).Allows(ConsentScope.Assessments, Granted.AddDays(90)));

    [Fact]
    public void Allows_NotFromTheInstantOfRevocation()
    {
        var revoked = Granted.AddDays(3);
        var terms = new ConsentTerms(ConsentScope.All, Granted, Granted.AddDays(90), revoked);

        Assert.False(terms.Allows(ConsentScope.Assessments, revoked));
    }
}
