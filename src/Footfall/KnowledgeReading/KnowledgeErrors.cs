using System.Collections;

namespace Footfall.KnowledgeReading;

/// <summary>
/// The one error collector of the knowledge readers (assessment knowledge and recovery knowledge):
/// every problem found in the YAML files is added as one line that starts with the file and the key
/// path (<c>conditions.yaml: conditions[plantar_fasciitis].prior: ...</c>), so a reviewer sees them all
/// at once instead of fixing one per run.
/// </summary>
internal sealed class KnowledgeErrors : IReadOnlyList<string>
{
    private readonly List<string> _errors = [];

    public int Count => _errors.Count;

    public string this[int index] => _errors[index];

    /// <summary>Adds an error already written as "file: key: message".</summary>
    public void Add(string error) => _errors.Add(error);

    /// <summary>Adds an error in a file at a key path (empty for the file as a whole).</summary>
    public void Add(string file, string key, string message) =>
        _errors.Add(key.Length == 0 ? $"{file}: {message}" : $"{file}: {key}: {message}");

    public IEnumerator<string> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
