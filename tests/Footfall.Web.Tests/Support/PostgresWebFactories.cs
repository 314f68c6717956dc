namespace Footfall.Web.Tests.Support;

/// <summary>The web app on its own fresh database on the test PostgreSQL server.</summary>
public sealed class PostgresWebFactory : FootfallWebFactory, IAsyncLifetime
{
    public Task InitializeAsync() => UsePostgresAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The web app with a hand-driven clock, on its own fresh PostgreSQL database.</summary>
public sealed class PostgresFakeClockWebFactory : FakeClockWebFactory, IAsyncLifetime
{
    public Task InitializeAsync() => UsePostgresAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
