namespace Footfall.Web.Tests.Support;

/// <summary>The web app sending its mail to a real SMTP server on a loopback port in this process.</summary>
public sealed class SmtpWebFixture : IAsyncLifetime
{
    public LoopbackSmtpServer Smtp { get; private set; } = null!;

    public FootfallWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await LoopbackSmtpServer.StartAsync();
        Factory = new FootfallWebFactory(Smtp.Settings);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
