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
        SmtpOf.AddOrUpdate(Factory, Smtp);
    }

    /// <summary>The SMTP server an app of this fixture sends to, so that shared helpers read its mail there.</summary>
    public static System.Runtime.CompilerServices.ConditionalWeakTable<FootfallWebFactory, LoopbackSmtpServer> SmtpOf { get; } = new();

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
