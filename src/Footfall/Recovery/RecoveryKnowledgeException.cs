namespace Footfall.Recovery;

/// <summary>
/// The recovery knowledge could not be loaded. Each error names the file and the key that is wrong,
/// for example "plans/plantar_fasciitis.yaml: phases[2].exercises[0].id: unknown exercise 'calf_rasie'".
/// </summary>
public sealed class RecoveryKnowledgeException : Exception
{
    public RecoveryKnowledgeException()
        : this([])
    {
    }

    public RecoveryKnowledgeException(string message)
        : this([message])
    {
    }

    public RecoveryKnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public RecoveryKnowledgeException(IReadOnlyList<string> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, one per line, each starting with the file and key.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string BuildMessage(IReadOnlyList<string> errors) =>
        errors.Count == 0
            ? "The recovery knowledge is invalid."
            : $"The recovery knowledge has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
