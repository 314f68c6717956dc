namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The knowledge base is broken: a file is missing or malformed, or validation failed. Each entry of
/// <see cref="Errors"/> names the file and the key, such as
/// <c>conditions.yaml: conditions[plantar_fasciitis].findings.windlass_pain: probability 1.2 is not in (0, 1)</c>.
/// </summary>
public sealed class KnowledgeBaseException : Exception
{
    public KnowledgeBaseException()
        : this("The knowledge base is invalid.")
    {
    }

    public KnowledgeBaseException(string message)
        : this(message, innerException: null)
    {
    }

    public KnowledgeBaseException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public KnowledgeBaseException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, each naming the file and the key.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? "Invalid knowledge base: " + errors[0]
            : $"Invalid knowledge base ({errors.Count} problems):" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
