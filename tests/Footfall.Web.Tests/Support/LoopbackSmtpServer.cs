using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) in this process, on a free loopback port. Whatever
/// arrives is parsed with MimeKit and kept, so a test reads the mail the app really sent.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    private LoopbackSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message received so far, in order of arrival.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>The configuration that points the app at this server.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Tls"] = "None",
        ["Email:From"] = "Footfall <no-reply@footfall.test>",
    };

    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        var server = new LoopbackSmtpServer(FreePort());
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Waits (up to 10 s) for a message to <paramref name="to"/> that matches, and returns it.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? matches = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = _received.LastOrDefault(m =>
                m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)) && (matches?.Invoke(m) ?? true));
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No email to {to} arrived within 10 s; received: {string.Join(", ", _received.Select(m => $"{m.To} '{m.Subject}'"))}");
            }

            await _arrived.WaitAsync(left);
        }
    }

    /// <summary>The messages to <paramref name="to"/> received so far.</summary>
    public IReadOnlyList<MimeMessage> To(string to) =>
        [.. _received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _arrived.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not start listening on 127.0.0.1:{Port}.");
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner._received.Enqueue(message);
            owner._arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
