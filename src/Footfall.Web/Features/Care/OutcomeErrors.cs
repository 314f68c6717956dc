using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Footfall.Web.Features.Care;

/// <summary>Shows a use case's field errors on a page, each under the form field it names.</summary>
public static class OutcomeErrors
{
    public static void AddTo<T>(this Outcome<T> outcome, ModelStateDictionary modelState, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = prefix.Length == 0 ? field : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
