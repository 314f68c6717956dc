namespace Footfall.Learning;

/// <summary>knowledge/learning is missing or invalid; the message names every file and key at fault.</summary>
public sealed class LearningKnowledgeException : Exception
{
    public LearningKnowledgeException()
    {
    }

    public LearningKnowledgeException(string message)
        : base(message)
    {
    }

    public LearningKnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
