using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// A PostgreSQL server of the test's own, made the way ./test.sh makes its one (initdb in a temporary folder,
/// a free loopback port, Debian's binaries), so a test can stop and start it without disturbing the others.
/// Run as root, the server runs as the <c>postgres</c> user, as test.sh does.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Timeout=3;Pooling=false";

    public static async Task<PrivatePostgres> StartAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The private PostgreSQL server is made with Debian's binaries, on Linux.");
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL's binaries are not in /usr/lib/postgresql/*/bin: install Debian's postgresql package (./test.sh does as root).");
        }

        var folder = Directory.CreateTempSubdirectory("footfall-private-pg-").FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres", folder);
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new PrivatePostgres(bin, folder, port);
        await server.AsPostgresAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        await server.StartServerAsync();
        return server;
    }

    private string Data => Path.Combine(_folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Stops the server at once, as a crash or a network cut would look to the app.</summary>
    public Task StopServerAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartServerAsync() => AsPostgresAsync(
        "pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task AsPostgresAsync(string tool, params string[] arguments) => IsRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
