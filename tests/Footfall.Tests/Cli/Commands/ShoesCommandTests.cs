using Footfall.Tests.Data;
using Footfall.Tests.Support;
using static Footfall.Tests.Cli.Commands.CliRun;

namespace Footfall.Tests.Cli.Commands;

/// <summary><c>footfall shoes</c> goes through the shoes page's use cases: the same checks, the same messages.</summary>
public class ShoesCommandTests
{
    [Fact]
    public async Task Add_ThenAssign_ListsTheShoeWithItsRun()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");
        await RunAsync(data, "import", SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));

        var added = await RunAsync(data, "shoes", "add", "Pegasus 40", "--km", "120");
        var assigned = await RunAsync(data, "shoes", "assign", "pegasus 40");
        var listed = await RunAsync(data, "shoes", "list", "--user", "runner@example.com");

        Assert.Equal((0, "Added Pegasus 40."), (added.Code, added.Output.Trim()));
        Assert.Equal((0, "Assigned 1 run(s) to Pegasus 40."), (assigned.Code, assigned.Output.Trim()));
        Assert.Equal(0, listed.Code);
        Assert.Matches(@"^Pegasus 40: 1\d\d\.\d km, 1 run\(s\)\r?\nRuns without a shoe: 0$", listed.Output.Trim());
    }

    [Theory]
    [InlineData("101 x", "0", "footfall: Keep the name to 100 characters (it has 101).")]
    [InlineData("Pegasus 40", "-5", "footfall: Distance already run must be between 0 and 10,000 km.")]
    public async Task Add_BadInput_IsRefusedWithTheMessageThePageAndTheApiGive(string name, string km, string expected)
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");
        name = name == "101 x" ? new string('x', 101) : name;

        var (code, _, error) = await RunAsync(data, "shoes", "add", name, "--km", km);
        var listed = await RunAsync(data, "shoes", "list");

        Assert.Equal(2, code);
        Assert.Equal(expected, error.Trim());
        Assert.StartsWith("No shoes yet", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_UnknownShoe_SaysSoAndAssignsNothing()
    {
        await using var data = await TestDatabase.CreateAsync();
        await data.AddUserAsync("runner@example.com");

        var (code, _, error) = await RunAsync(data, "shoes", "assign", "Ghost");

        Assert.Equal(1, code);
        Assert.Equal("footfall: no shoe called 'Ghost' (see `footfall shoes list`).", error.Trim());
    }
}
