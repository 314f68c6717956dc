using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Browser;

/// <summary>The browser fixture with the app's mail going to a real SMTP server on loopback, for the Care journey.</summary>
public sealed class CareBrowserFixture : BrowserFixture
{
    public CareBrowserFixture()
        : this(LoopbackSmtpServer.StartAsync().GetAwaiter().GetResult())
    {
    }

    private CareBrowserFixture(LoopbackSmtpServer smtp)
        : base(new FootfallWebFactory(smtp.Settings))
    {
        Smtp = smtp;
        SmtpWebFixture.SmtpOf.AddOrUpdate(Factory, smtp);
    }

    public LoopbackSmtpServer Smtp { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
