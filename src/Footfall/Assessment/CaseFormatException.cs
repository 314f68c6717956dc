namespace Footfall.Assessment;

/// <summary>
/// A case (or vignette) does not follow spec/case-format.md. <see cref="Key"/> names the offending
/// key, such as <c>evidence.night_pain</c> or <c>age</c>; nothing is assessed.
/// </summary>
public sealed class CaseFormatException : Exception
{
    public CaseFormatException()
        : this("$", "The case is invalid.")
    {
    }

    public CaseFormatException(string message)
        : this("$", message)
    {
    }

    public CaseFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Key = "$";
    }

    public CaseFormatException(string key, string message)
        : base($"{key}: {message}")
    {
        Key = key;
        Reason = message;
    }

    /// <summary>What is wrong, without the key.</summary>
    public string Reason { get; } = string.Empty;

    /// <summary>The offending key as a path (<c>evidence.night_pain</c>), or <c>$</c> for the whole document.</summary>
    public string Key { get; }
}
