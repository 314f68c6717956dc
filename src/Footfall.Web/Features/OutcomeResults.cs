using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Footfall.Web.Features;

/// <summary>How the two web callers show a use case's field errors: the API as problem details, a page as form errors.</summary>
public static class OutcomeResults
{
    /// <summary>RFC 7807 validation problem details, field names in the JSON's camelCase.</summary>
    public static ValidationProblem ToValidationProblem<T>(this Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return TypedResults.ValidationProblem(outcome.Errors.ToDictionary(
            e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value, StringComparer.Ordinal));
    }

    /// <summary>Adds the field errors to a page's model state, under the form's prefix (<c>Input.Name</c>).</summary>
    public static void AddFieldErrors<T>(this ModelStateDictionary modelState, Outcome<T> outcome, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(prefix.Length == 0 || field.Length == 0 ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
