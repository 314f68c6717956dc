using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Like <see cref="BrowserFixture"/>, but the app runs on a hand-driven clock so a journey can span days.
/// Its own app instance: moving this clock never disturbs the shared browser tests.
/// </summary>
public sealed class RecoveryBrowserFixture() : BrowserFixture(new FakeClockWebFactory())
{
    public new FakeClockWebFactory Factory => (FakeClockWebFactory)base.Factory;
}
