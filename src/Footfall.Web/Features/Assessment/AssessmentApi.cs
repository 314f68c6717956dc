using Footfall.Assessment;
using Footfall.Assessment.Contract;
using Footfall.Assessment.Knowledge;
using Footfall.Web.Infrastructure;
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
        // Public: anyone may assess without an account (rate-limited per client address); the answer
        // does not depend on who is signed in, so the sign-in cookie is not read.
        var group = api.MapGroup(string.Empty).WithTags("Assessment").AllowAnonymous().WithMetadata(SignInNotRead.Instance);
        group.MapPost("/assessments", AssessAsync)
            .WithName("Assess")
            .WithSummary("Assess a complete case")
            .WithDescription("Ranks the likely causes, sets the triage level and explains why. Guidance, not a diagnosis.")
            .Accepts<CaseDocument>("application/json")
            .Produces<AssessmentResultDocument>(StatusCodes.Status200OK, "application/json")
            .DisableAntiforgery();
        group.MapPost("/interview", AssessAsync)
            .WithName("Interview")
            .WithSummary("One interview step: the case so far in, the result and the next question out")
            .Accepts<CaseDocument>("application/json")
            .Produces<AssessmentResultDocument>(StatusCodes.Status200OK, "application/json")
            .DisableAntiforgery();
        return group;
    }

    /// <summary>
    /// The body is read as UTF-8 bytes straight from the request pipe and parsed in place; the result is
    /// serialized by the source-generated contract (<see cref="AssessmentJsonContext"/>) onto the response.
    /// </summary>
    private static async Task<Results<BufferedJsonResult<AssessmentResultDocument>, ValidationProblem>> AssessAsync(
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
        var body = request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(ct);
            var buffer = read.Buffer;
            if (buffer.Length > MaxBodyBytes)
            {
                body.AdvanceTo(buffer.End);
                return Problem("$", $"the case is larger than {MaxBodyBytes / 1024} KB");
            }

            if (!read.IsCompleted)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                parsed = CaseJson.Parse(buffer, knowledge);
            }
            catch (CaseFormatException ex)
            {
                return Problem(ex.Key, ex.Message);
            }
            finally
            {
                body.AdvanceTo(buffer.End);
            }

            break;
        }

        var result = engine.Assess(parsed);
        return new BufferedJsonResult<AssessmentResultDocument>(AssessmentResultJson.ToDocument(result), AssessmentJsonContext.Default.AssessmentResultDocument);
    }

    private static ValidationProblem Problem(string key, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [key] = [message] },
            title: "The case is not valid",
            detail: message.StartsWith(key + ": ", StringComparison.Ordinal) ? message : $"{key}: {message}");

    /// <summary>OpenAPI description of a case (spec/case-format.md).</summary>
    /// <param name="Age">Years, 10 to 100.</param>
    /// <param name="Sex"><c>female</c> or <c>male</c>.</param>
    /// <param name="Evidence">Finding id to true, false or a number; a missing finding is unknown.</param>
    public sealed record CaseDocument(int Age, string Sex, Dictionary<string, object> Evidence);
}
