namespace Footfall.Data;

/// <summary>
/// The database cannot be used; <see cref="Exception.Message"/> is one sentence a person can act on
/// (which database, what is wrong), and hosts print it instead of a stack trace.
/// </summary>
public sealed class DatabaseStartupException : Exception
{
    public DatabaseStartupException()
    {
    }

    public DatabaseStartupException(string message)
        : base(message)
    {
    }

    public DatabaseStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
