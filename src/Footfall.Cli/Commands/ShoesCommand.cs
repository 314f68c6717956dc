using System.CommandLine;
using System.Globalization;
using Footfall.Data;
using Footfall.Web.Features;
using Footfall.Web.Features.Shoes;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Cli.Commands;

/// <summary>
/// <c>footfall shoes</c>: a runner's shoes through the same use cases as the shoes page and <c>/api/v1/shoes</c>
/// (<see cref="ShoeList"/>, <see cref="SaveShoe"/>, <see cref="AssignRuns"/>), so a mistake gets the same message here.
/// </summary>
public static class ShoesCommand
{
    public static Command Build(CliContext context)
    {
        var user = new Option<string?>("--user") { Description = "The account's email address (may be left out when there is only one account)." };

        var list = new Command("list", "List the shoes with the distance on each, shoes in use first.") { user };
        list.SetAction((parse, ct) => RunAsync(context, parse.GetValue(user), async (services, runner) =>
        {
            var report = await services.GetRequiredService<ShoeList>().MileageAsync(runner, ct);
            if (report.Mileage.Count == 0)
            {
                await context.Output.WriteLineAsync("No shoes yet: add a pair with `footfall shoes add NAME`.");
                return 0;
            }

            foreach (var shoe in report.Mileage)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{shoe.Shoe.Name}: {shoe.Total.Kilometers:0.0} km, {shoe.Runs} run(s){(shoe.IsRetired ? ", retired" : shoe.IsWorn ? ", worn" : "")}"));
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Runs without a shoe: {report.UnassignedRuns}"));
            return 0;
        }));

        var name = new Argument<string>("name") { Description = "What you call the pair (1 to 100 characters)." };
        var km = new Option<double>("--km") { Description = "Distance already run in them before Footfall tracked it, in km (0 to 10,000)." };
        var add = new Command("add", "Add a pair of shoes.") { name, km, user };
        add.SetAction((parse, ct) => RunAsync(context, parse.GetValue(user), async (services, runner) =>
        {
            var outcome = await services.GetRequiredService<SaveShoe.Handler>()
                .HandleAsync(runner, new SaveShoe.Request(null, parse.GetValue(name), parse.GetValue(km)), ct);
            if (!outcome.Succeeded)
            {
                return await RefusedAsync(context, outcome);
            }

            await context.Output.WriteLineAsync($"Added {outcome.Value!.Name}.");
            return 0;
        }));

        var shoeName = new Argument<string>("shoe") { Description = "The pair's name, as `footfall shoes list` shows it." };
        var from = new Option<DateOnly?>("--from") { Description = "The first day (in the account's time zone), yyyy-MM-dd; every earlier run when left out." };
        var to = new Option<DateOnly?>("--to") { Description = "The last day, inclusive; every later run when left out." };
        var assign = new Command("assign", "Count the runs without a shoe between two days on a pair.") { shoeName, from, to, user };
        assign.SetAction((parse, ct) => RunAsync(context, parse.GetValue(user), async (services, runner) =>
        {
            var wanted = parse.GetValue(shoeName)!.Trim();
            var shoe = (await services.GetRequiredService<ShoeList>().AllAsync(runner, ct))
                .FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (shoe is null)
            {
                await context.Error.WriteLineAsync($"footfall: no shoe called '{wanted}' (see `footfall shoes list`).");
                return 1;
            }

            var outcome = await services.GetRequiredService<AssignRuns.Handler>()
                .HandleAsync(runner, new AssignRuns.Request(shoe.Id, parse.GetValue(from), parse.GetValue(to)), ct);
            if (!outcome.Succeeded)
            {
                return await RefusedAsync(context, outcome);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Assigned {outcome.Value!.Runs} run(s) to {outcome.Value.ShoeName}."));
            return 0;
        }));

        return new Command("shoes", "A runner's shoes and the distance on each.") { list, add, assign };
    }

    /// <summary>Prints each field error's message (written to be read as it stands) and answers the usage-error code.</summary>
    private static async Task<int> RefusedAsync<T>(CliContext context, Outcome<T> outcome)
    {
        if (outcome.IsNotFound)
        {
            await context.Error.WriteLineAsync("footfall: no such shoe.");
            return 1;
        }

        foreach (var message in outcome.Errors.Values.SelectMany(m => m))
        {
            await context.Error.WriteLineAsync($"footfall: {message}");
        }

        return 2;
    }

    private static async Task<int> RunAsync(CliContext context, string? email, Func<IServiceProvider, Runner, Task<int>> action)
    {
        try
        {
            await using var services = context.BuildUseCaseServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            await DatabaseMigrator.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>());
            var owner = await ImportCommand.ResolveOwnerAsync(db, email, CancellationToken.None);
            if (owner.Error is { } error)
            {
                await context.Error.WriteLineAsync($"footfall: {error}");
                return 1;
            }

            var zone = await db.Users.Where(u => u.Id == owner.Id).Select(u => u.TimeZoneId).SingleAsync();
            return await action(scope.ServiceProvider, new Runner(owner.Id!, RunnerTime.FromId(zone)));
        }
        catch (DatabaseStartupException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
    }
}
