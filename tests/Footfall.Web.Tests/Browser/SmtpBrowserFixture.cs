using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Browser;

/// <summary>The browser fixture with the app sending its mail to a real SMTP server on loopback.</summary>
public sealed class SmtpBrowserFixture : BrowserFixture
{
    public SmtpBrowserFixture()
        : this(LoopbackSmtpServer.StartAsync().GetAwaiter().GetResult())
    {
    }

    private SmtpBrowserFixture(LoopbackSmtpServer mail)
        : base(new FootfallWebFactory(mail.Settings))
    {
        Mail = mail;
    }

    public LoopbackSmtpServer Mail { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
