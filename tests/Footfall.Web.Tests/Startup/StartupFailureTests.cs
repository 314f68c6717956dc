using System.Diagnostics;

namespace Footfall.Web.Tests.Startup;

/// <summary>
/// Runs the real web host as a process, as a person would, and checks that a database it cannot use
/// ends start-up with one clear sentence and a non-zero exit code, never a stack trace.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task UnreachablePostgres_EndsStartupWithOneClearMessage()
    {
        var (code, stdout, stderr) = await RunWebAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Footfall"] = "Host=127.0.0.1;Port=1;Database=footfall;Username=footfall;Timeout=5",
        });

        Assert.Equal(1, code);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Footfall cannot start: Cannot use the PostgreSQL database 'footfall' on 127.0.0.1:1", message);
        Assert.Contains("cannot be reached", message);
        AssertNoStackTrace(stdout + stderr);
    }

    [Fact]
    public async Task UnwritableSqlitePath_EndsStartupWithOneClearMessage()
    {
        var folder = Directory.CreateTempSubdirectory("footfall-badpath-").FullName;
        var notAFolder = Path.Combine(folder, "plain-file");
        await File.WriteAllTextAsync(notAFolder, "this is a file, not a folder");

        var (code, stdout, stderr) = await RunWebAsync(new() { ["Database__SqlitePath"] = Path.Combine(notAFolder, "footfall.db") });

        Assert.Equal(1, code);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Footfall cannot start: Cannot use the SQLite database at {notAFolder}/footfall.db", message);
        Assert.Contains("Database:SqlitePath", message);
        AssertNoStackTrace(stdout + stderr);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task UnknownProvider_EndsStartupNamingTheSetting()
    {
        var (code, _, stderr) = await RunWebAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.Equal(1, code);
        Assert.Contains("Database:Provider is 'Oracle'", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task MissingKnowledgeFolder_EndsStartupNamingTheSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"footfall-no-knowledge-{Guid.NewGuid():N}");

        var (code, stdout, stderr) = await RunWebAsync(new() { ["Knowledge__Path"] = missing });

        Assert.Equal(1, code);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Footfall cannot start: Knowledge:Path is '{missing}', which is not a folder", message);
        AssertNoStackTrace(stdout + stderr);
    }

    [Fact]
    public async Task PortInUse_EndsStartupWithOneSentenceSayingHowToChooseAnother()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (code, stdout, stderr) = await RunWebAsync(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.Equal(1, code);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Footfall cannot start: port {port} is already in use", message);
        Assert.Contains("--urls http://localhost:", message);
        AssertNoStackTrace(stdout + stderr);
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunWebAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Footfall.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(Path.GetTempPath(), "footfall-startup-keys");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The web host kept running although its database cannot be used.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
