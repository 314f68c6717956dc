using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Footfall.Web.Features.Assessment;

/// <summary>
/// <c>POST /api/v1/assessments</c> (a case in, a result out) and <c>POST /api/v1/interview</c> (the
/// case so far in, the result with the next question out). Bodies use the case and result formats of
/// spec/case-format.md; a malformed case is an RFC 7807 problem naming the offending key.
/// </summary>
public static class AssessmentApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // Public: anyone may assess without an account (rate-limited per client address).
        var group = api.MapGroup(string.Empty).WithTags("Assessment").AllowAnonymous();
        group.MapPost("/assessments", AssessAsync)
            .WithName("Assess")
            .WithSummary("Assess a complete case")
            .WithDescription("Ranks the likely causes, sets the triage level and explains why. Guidance, not a diagnosis.")
            .Accepts<CaseDocument>("application/json")
            .Produces<ResultDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .DisableAntiforgery();
        group.MapPost("/interview", AssessAsync)
            .WithName("Interview")
            .WithSummary("One interview step: the case so far in, the result and the next question out")
            .Accepts<CaseDocument>("application/json")
            .Produces<ResultDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .DisableAntiforgery();
        return group;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> AssessAsync(
        HttpRequest request, KnowledgeBase knowledge, AssessmentEngine engine, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return Problem("$", $"the case is larger than {MaxBodyBytes / 1024} KB");
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem("$", "send the case as application/json");
        }

        Case parsed;
        try
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > MaxBodyBytes)
            {
                return Problem("$", $"the case is larger than {MaxBodyBytes / 1024} KB");
            }

            parsed = CaseJson.Parse(new string(buffer, 0, read), knowledge);
        }
        catch (CaseFormatException ex)
        {
            return Problem(ex.Key, ex.Message);
        }

        var result = engine.Assess(parsed);
        return TypedResults.Text(AssessmentResultJson.Serialize(result), "application/json");
    }

    private static ValidationProblem Problem(string key, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [key] = [message] },
            title: "The case is not valid",
            detail: $"{key}: {message}");

    /// <summary>OpenAPI description of a case (spec/case-format.md).</summary>
    /// <param name="Age">Years, 10 to 100.</param>
    /// <param name="Sex"><c>female</c> or <c>male</c>.</param>
    /// <param name="Evidence">Finding id to true, false or a number; a missing finding is unknown.</param>
    public sealed record CaseDocument(int Age, string Sex, Dictionary<string, object> Evidence);

    /// <summary>OpenAPI description of a result (spec/case-format.md); more keys may be present.</summary>
    public sealed record ResultDocument(
        string Triage,
        IReadOnlyList<ConditionDocument> Conditions,
        IReadOnlyList<RedFlagDocument> RedFlags,
        QuestionDocument? NextQuestion,
        bool ShouldStop,
        string Notice);

    public sealed record ConditionDocument(string Id, string Name, double Probability, IReadOnlyList<string> Supporting, IReadOnlyList<string> Conflicting);

    public sealed record RedFlagDocument(string Id, string Level, string Reason);

    public sealed record QuestionDocument(string Id, string Text);
}
