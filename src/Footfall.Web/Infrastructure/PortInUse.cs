using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// A newcomer's most common start-up failure, said in one sentence: the port Footfall should listen on is
/// taken (often by another Footfall still running). Checked before Kestrel binds, so the host never logs its
/// stack trace; Kestrel's own <see cref="AddressInUseException"/> is caught as well for a port taken in between.
/// </summary>
public static class PortInUse
{
    /// <summary>Runs the app; false (after one sentence on standard error) when its address is in use.</summary>
    public static async Task<bool> RunUnlessPortTakenAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var urls = (app.Configuration[WebHostDefaults.ServerUrlsKey] ?? "http://localhost:5000")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            if (Endpoint(url) is { } endpoint && IsTaken(endpoint))
            {
                await Console.Error.WriteLineAsync(Message(endpoint.Port));
                return false;
            }
        }

        try
        {
            await app.RunAsync();
            return true;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            var port = urls.Select(Endpoint).FirstOrDefault(e => e is not null)?.Port ?? 0;
            await Console.Error.WriteLineAsync(Message(port));
            return false;
        }
    }

    /// <summary>The one sentence: what is wrong and how to choose another port.</summary>
    public static string Message(int port) =>
        $"Footfall cannot start: port {port} is already in use (is Footfall already running?). Stop the program using it, "
        + $"or choose another port, for example: dotnet run --project src/Footfall.Web --urls http://localhost:{(port is > 0 and < 65535 ? port + 1 : 5181)} (or set ASPNETCORE_URLS).";

    private static IPEndPoint? Endpoint(string url)
    {
        // Kestrel's wildcard hosts ("*", "+") are not valid URI hosts; any address is what they mean.
        var normal = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normal, UriKind.Absolute, out var uri) || uri.Port <= 0)
        {
            return null;
        }

        var address = uri.IsLoopback && !IPAddress.TryParse(uri.Host, out _) ? IPAddress.Loopback
            : IPAddress.TryParse(uri.DnsSafeHost, out var parsed) ? parsed
            : IPAddress.Any;
        return new IPEndPoint(address, uri.Port);
    }

    private static bool IsTaken(IPEndPoint endpoint)
    {
        try
        {
            using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            // As Kestrel binds on Linux: a port left in TIME_WAIT is free, only a listener makes it taken.
            probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            probe.Bind(endpoint);
            return false;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (no IPv6, no permission): Kestrel will say what is wrong.
            return false;
        }
    }
}
