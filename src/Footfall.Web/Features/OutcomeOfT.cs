namespace Footfall.Web.Features;

/// <summary>
/// What a use case answers: done with a value, refused with field errors (keyed by the request's
/// property names, messages a runner can act on), or not found (missing, or someone else's: the
/// two are never told apart). Each caller shows it its own way: a page as form errors, an endpoint
/// as RFC 7807 problem details or 404, the command line as text.
/// </summary>
public sealed class Outcome<T>
{
    internal Outcome(T? value, IReadOnlyDictionary<string, string[]> errors, bool notFound)
    {
        Value = value;
        Errors = errors;
        IsNotFound = notFound;
    }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsNotFound { get; }

    public bool Succeeded => !IsNotFound && Errors.Count == 0;
}
