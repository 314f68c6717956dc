using System.CommandLine;
using Footfall.Cli;
using Footfall.Data.Entities;
using Footfall.Tests.Data;
using Footfall.Tests.Support;
using Footfall.Training;
using Microsoft.AspNetCore.Identity;

namespace Footfall.Tests.Cli.Commands;

public class UserCommandTests
{
    [Fact]
    public async Task Create_PasswordFromStandardInput_MakesAConfirmedAccountThatSignsInWithIt()
    {
        await using var data = await TestDatabase.CreateAsync();

        var (code, output, error) = await RunAsync(data, "Tall-grass meadow 42\n", "user", "create", "--email", "New.Runner@example.com", "--time-zone", "America/Chicago", "--units", "mi");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Created the account New.Runner@example.com (America/Chicago, distances in miles)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("meadow", output, StringComparison.Ordinal);
        using var db = data.Context();
        var user = Assert.Single(db.Users);
        Assert.True(user.EmailConfirmed);
        Assert.Equal("NEW.RUNNER@EXAMPLE.COM", user.NormalizedEmail);
        Assert.Equal(DistanceUnit.Miles, user.DistanceUnit);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<FootfallUser>().VerifyHashedPassword(user, user.PasswordHash!, "Tall-grass meadow 42"));
        Assert.Single(db.AuditEntries, e => e.SubjectUserId == user.Id && e.Action == AuditActions.Registered && e.ActorId!.StartsWith("operator:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("password1234\n", "common")]
    [InlineData("short\n", "at least 12 characters")]
    [InlineData("\n", "no password given")]
    public async Task Create_WeakOrMissingPassword_IsRefusedWithTheReasonAndNothingStored(string input, string reason)
    {
        await using var data = await TestDatabase.CreateAsync();

        var (code, _, error) = await RunAsync(data, input, "user", "create", "--email", "runner@example.com");

        Assert.NotEqual(0, code);
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
        using var db = data.Context();
        Assert.Empty(db.Users);
    }

    [Fact]
    public async Task Create_AddressThatHasAnAccount_SaysSo()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");

        var (code, _, error) = await RunAsync(data, "Tall-grass meadow 42\n", "user", "create", "--email", "Runner@Example.com");

        Assert.Equal(1, code);
        Assert.Contains("already an account for Runner@Example.com", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ForAnAccountInMiles_ShowsWeeklyDistanceInMiles()
    {
        await using var data = await TestDatabase.CreateAsync();
        await RunAsync(data, "Tall-grass meadow 42\n", "user", "create", "--email", "runner@example.com", "--units", "mi");
        var run = Path.Combine(data.Folder, "run.fit");
        File.Copy(SharedPaths.Samples("fit", "garmin-fenix-5-run.fit"), run);
        Assert.Equal(0, (await RunAsync(data, "", "import", run, "--user", "runner@example.com")).Code);

        var (code, output, _) = await RunAsync(data, "", "load", "--user", "runner@example.com", "--time-zone", "UTC", "--weeks", "520", "--today", "2026-11-30");

        Assert.Equal(0, code);
        Assert.Contains("Distance (mi)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Distance (km)", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase data, string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, data.Configuration, new StringReader(input));
        var code = await FootfallCommand.Build(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
