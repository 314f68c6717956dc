namespace Footfall.Web.Features.Care;

/// <summary>
/// What a Care use case answers: a value, field errors the caller shows its own way (a page in
/// ModelState, the API as RFC 7807 problem details), or "not found" for anything missing or not the
/// caller's to see (404 either way, so ids of other people's records reveal nothing).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Outcome<T>.Done(value) reads best at the call site.")]
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyDictionary<string, string[]> errors, bool missing)
    {
        Value = value;
        Errors = errors;
        Missing = missing;
    }

    public T? Value { get; }

    /// <summary>Messages by field name (the request's property names, camelCase).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool Missing { get; }

    public bool Succeeded => !Missing && Errors.Count == 0;

    public static Outcome<T> Done(T value) => new(value, new Dictionary<string, string[]>(), false);

    public static Outcome<T> NotFound() => new(default, new Dictionary<string, string[]>(), true);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, errors, false);

    public static Outcome<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
