using System.Net;
using System.Net.Http.Json;
using Footfall.Web.Features.Shoes;
using Footfall.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Shoes;

/// <summary>Shoes are the first owned record type: these tests pin the ownership rule every feature reuses.</summary>
public abstract class ShoesApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task Owner_CanCreateReadUpdateAndDeleteTheirShoe()
    {
        var alice = await WebSession.SignedUpAsync(factory);

        using var created = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Pegasus 40", initialDistanceKm = 120 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shoe = (await created.Content.ReadFromJsonAsync<ShoesApi.ShoeDto>())!;

        Assert.Equal(120, (await alice.Client.GetFromJsonAsync<ShoesApi.ShoeDto>($"/api/v1/shoes/{shoe.Id}"))!.InitialDistanceKm);
        using var updated = await alice.Client.PutAsJsonAsync($"/api/v1/shoes/{shoe.Id}", new { name = "Pegasus 40 (old)", initialDistanceKm = 130 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        using var deleted = await alice.Client.DeleteAsync(new Uri($"/api/v1/shoes/{shoe.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await alice.Client.GetFromJsonAsync<List<ShoesApi.ShoeDto>>("/api/v1/shoes"))!);
    }

    [Fact]
    public async Task AnotherRunner_CannotSeeChangeOrDeleteSomeoneElsesShoe()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        var bob = await WebSession.SignedUpAsync(factory);
        using var created = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Alice's racers" });
        var shoe = (await created.Content.ReadFromJsonAsync<ShoesApi.ShoeDto>())!;

        using var read = await bob.Client.GetAsync(new Uri($"/api/v1/shoes/{shoe.Id}", UriKind.Relative));
        using var write = await bob.Client.PutAsJsonAsync($"/api/v1/shoes/{shoe.Id}", new { name = "stolen" });
        using var delete = await bob.Client.DeleteAsync(new Uri($"/api/v1/shoes/{shoe.Id}", UriKind.Relative));
        var bobsList = await bob.Client.GetFromJsonAsync<List<ShoesApi.ShoeDto>>("/api/v1/shoes");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(bobsList!);
        var alicesShoe = await alice.Client.GetFromJsonAsync<ShoesApi.ShoeDto>($"/api/v1/shoes/{shoe.Id}");
        Assert.Equal("Alice's racers", alicesShoe!.Name);
    }

    [Fact]
    public async Task Create_WithoutName_IsAProblemDetailsNamingTheField()
    {
        var alice = await WebSession.SignedUpAsync(factory);

        using var response = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "  ", initialDistanceKm = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"name\"", body);
        Assert.Contains("\"initialDistanceKm\"", body);
    }

    [Fact]
    public async Task DeletingTheAccount_DeletesTheirShoes()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        using var created = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Doomed" });
        var shoe = (await created.Content.ReadFromJsonAsync<ShoesApi.ShoeDto>())!;

        using var delete = await alice.SubmitFormAsync("/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = WebSession.GoodPassword }, formIndex: 1);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Footfall.Data.FootfallDbContext>();
        Assert.Null(await db.Shoes.FindAsync(shoe.Id));
    }
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class ShoesApiTestsOnSqlite(FootfallWebFactory factory) : ShoesApiTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ShoesApiTestsOnPostgres(PostgresWebFactory factory) : ShoesApiTests<PostgresWebFactory>(factory);
