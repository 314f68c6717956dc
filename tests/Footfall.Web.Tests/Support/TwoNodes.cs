using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// Two web nodes on one PostgreSQL database, and browser-like clients that keep one cookie jar while their
/// requests go to one node, to the other, or to each in turn (as a round-robin load balancer would send them).
/// The first node is started (and has migrated the database) before the second.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly string _outbox;

    private TwoNodes(ClusterNode first, ClusterNode second, string outbox)
    {
        First = first;
        Second = second;
        _outbox = outbox;
    }

    public ClusterNode First { get; }

    public ClusterNode Second { get; }

    public ClusterNode this[int index] => index % 2 == 0 ? First : Second;

    public static async Task<TwoNodes> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        var outbox = Directory.CreateTempSubdirectory("footfall-cluster-outbox-").FullName;
        var first = new ClusterNode(database, outbox, settings);
        _ = first.Server; // starts it: migrations and the first data-protection key
        var second = new ClusterNode(database, outbox, settings);
        _ = second.Server;
        return new TwoNodes(first, second, outbox);
    }

    /// <summary>A visitor whose requests all go to node <paramref name="node"/> (0 or 1), sharing <paramref name="cookies"/>.</summary>
    public WebSession On(int node, CookieContainer cookies) =>
        new(new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = this[node].Server.CreateHandler() }) { BaseAddress = new Uri("http://localhost") });

    /// <summary>A visitor whose requests alternate between the nodes, request by request; <paramref name="served"/> counts them per node.</summary>
    public WebSession Alternating(CookieContainer cookies, int[] served) =>
        new(new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = new RoundRobin(First.Server.CreateHandler(), Second.Server.CreateHandler(), served) })
        {
            BaseAddress = new Uri("http://localhost"),
        });

    /// <summary>Registers an account on node 0, confirms it by the emailed link and signs in; returns its cookie jar.</summary>
    public async Task<CookieContainer> SignedUpAsync(string email)
    {
        var cookies = new CookieContainer();
        var session = On(0, cookies);
        using (var registered = await session.RegisterAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        await session.ConfirmEmailAsync(First, email);
        using var signedIn = await session.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return cookies;
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        try
        {
            Directory.Delete(_outbox, recursive: true);
        }
        catch (IOException)
        {
            // A mail still being written; the OS cleans temp folders.
        }
    }

    private sealed class RoundRobin(HttpMessageHandler first, HttpMessageHandler second, int[] served) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] _nodes = [new(first), new(second)];
        private int _next = -1;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var node = Interlocked.Increment(ref _next) % 2;
            Interlocked.Increment(ref served[node]);
            return _nodes[node].SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _nodes[0].Dispose();
                _nodes[1].Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
