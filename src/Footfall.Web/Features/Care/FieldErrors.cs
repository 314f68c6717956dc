namespace Footfall.Web.Features.Care;

/// <summary>Collects field errors for an <see cref="Outcome{T}"/>.</summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public FieldErrors()
        : base(StringComparer.Ordinal)
    {
    }

    public void Add(string field, string message) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
