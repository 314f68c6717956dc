using System.Net;
using System.Text.Json;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Cluster;

/// <summary>Liveness and readiness as a load balancer sees them, with the database really stopped and started.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_PostgreSQLStoppedThenStarted_UnreadyThenReadyAgain_LivenessAlwaysLive()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        await using var node = new ClusterNode(postgres.ConnectionString, Path.Combine(Path.GetTempPath(), $"footfall-ready-{Guid.NewGuid():N}"));
        using var client = node.CreateClient();

        var ready = await ReadAsync(client, "/healthz/ready");
        Assert.Equal((HttpStatusCode.OK, "ready", "reachable", "running"), ready);

        await postgres.StopServerAsync();
        var down = await ReadAsync(client, "/healthz/ready");
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unready", "unreachable"), (down.Status, down.State, down.Database));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        await postgres.StartServerAsync();
        var until = DateTime.UtcNow.AddSeconds(60);
        var again = await ReadAsync(client, "/healthz/ready");
        while (again.Status != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
            again = await ReadAsync(client, "/healthz/ready");
        }

        Assert.Equal((HttpStatusCode.OK, "ready", "reachable", "running"), again);
    }

    [Fact]
    public async Task Liveness_DoesNoIO_AndReadiness_OnSqlite_IsReady()
    {
        await using var node = new FootfallWebFactory();
        using var client = node.CreateClient();

        Assert.Equal((HttpStatusCode.OK, "ready", "reachable", "running"), await ReadAsync(client, "/healthz/ready"));
        using var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"live"}""", await live.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string State, string Database, string Jobs)> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return (response.StatusCode, root.GetProperty("status").GetString()!, root.GetProperty("database").GetString()!, root.GetProperty("jobs").GetString()!);
    }
}
