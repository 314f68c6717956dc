namespace Footfall.Web.Features;

/// <summary>The three ways a use case answers; see <see cref="Outcome{T}"/>.</summary>
public static class Outcome
{
    public static Outcome<T> Done<T>(T value) => new(value, FieldErrors.None, notFound: false);

    public static Outcome<T> Refused<T>(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? throw new ArgumentException("A refusal needs at least one field error.", nameof(errors))
            : new(default, errors.ToDictionary(), notFound: false);
    }

    public static Outcome<T> NotFound<T>() => new(default, FieldErrors.None, notFound: true);
}
