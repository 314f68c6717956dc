using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// Reads and writes cases in the JSON format of spec/case-format.md. Strict: an unknown finding
/// id, a number for a bool finding, a bool for a number finding, a number out of its range, an age
/// outside 10 to 100 or a sex other than <c>female</c>/<c>male</c> is a
/// <see cref="CaseFormatException"/> naming the key. Two extensions: an evidence value of
/// <c>null</c> means "asked, not sure", and an optional <c>data_sources</c> object maps finding ids
/// to a plain description of the imported data they came from.
/// </summary>
public static class CaseJson
{
    /// <summary>Largest case document accepted, in bytes.</summary>
    public const int MaxLength = 1 << 20;

    public static Case Parse(string json, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (json.Length > MaxLength)
        {
            throw new CaseFormatException("$", $"the case is larger than {MaxLength} characters");
        }

        return FromDocument(() => JsonDocument.Parse(json, DocumentOptions), knowledge);
    }

    /// <summary>Reads a case from UTF-8 bytes as they arrived (a request body), without decoding them to a string first.</summary>
    public static Case Parse(ReadOnlySequence<byte> utf8Json, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (utf8Json.Length > MaxLength)
        {
            throw new CaseFormatException("$", $"the case is larger than {MaxLength} bytes");
        }

        return FromDocument(() => JsonDocument.Parse(utf8Json, DocumentOptions), knowledge);
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private static Case FromDocument(Func<JsonDocument> parse, KnowledgeBase knowledge)
    {
        try
        {
            using var doc = parse();
            return FromElement(doc.RootElement, knowledge, string.Empty);
        }
        catch (JsonException ex)
        {
            throw new CaseFormatException("$", "not valid JSON: " + ex.Message);
        }
    }

    public static Case Parse(Stream json, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = new StreamReader(json, Encoding.UTF8, leaveOpen: true);
        var buffer = new char[MaxLength + 1];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return Parse(new string(buffer, 0, read), knowledge);
    }

    /// <summary>Reads a case from a JSON element; <paramref name="prefix"/> is prepended to keys in errors (such as <c>case.</c>).</summary>
    public static Case FromElement(JsonElement element, KnowledgeBase knowledge, string prefix)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(prefix);
        var root = prefix.Length == 0 ? "$" : prefix.TrimEnd('.');
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CaseFormatException(root, "must be a JSON object");
        }

        if (!element.TryGetProperty("age", out var ageElement))
        {
            throw new CaseFormatException(prefix + "age", "is required");
        }

        if (ageElement.ValueKind != JsonValueKind.Number || !ageElement.TryGetDouble(out var age))
        {
            throw new CaseFormatException(prefix + "age", "must be a number of years");
        }

        if (age is < Case.MinimumAge or > Case.MaximumAge)
        {
            throw new CaseFormatException(prefix + "age", $"{Format(age)} is out of range {Case.MinimumAge} to {Case.MaximumAge}");
        }

        if (!element.TryGetProperty("sex", out var sexElement))
        {
            throw new CaseFormatException(prefix + "sex", "is required");
        }

        var sex = sexElement.ValueKind == JsonValueKind.String ? sexElement.GetString() : null;
        var parsedSex = sex switch
        {
            "female" => Sex.Female,
            "male" => Sex.Male,
            _ => throw new CaseFormatException(prefix + "sex", "must be \"female\" or \"male\""),
        };

        var evidence = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);
        if (element.TryGetProperty("evidence", out var evidenceElement))
        {
            if (evidenceElement.ValueKind != JsonValueKind.Object)
            {
                throw new CaseFormatException(prefix + "evidence", "must be an object of finding ids");
            }

            foreach (var property in evidenceElement.EnumerateObject())
            {
                var key = prefix + "evidence." + property.Name;
                var finding = knowledge.FindFinding(property.Name)
                    ?? throw new CaseFormatException(key, "unknown finding id");
                evidence[property.Name] = ReadAnswer(property.Value, finding, key);
            }
        }

        var dataSources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("data_sources", out var sourcesElement))
        {
            if (sourcesElement.ValueKind != JsonValueKind.Object)
            {
                throw new CaseFormatException(prefix + "data_sources", "must be an object of finding id to description");
            }

            foreach (var property in sourcesElement.EnumerateObject())
            {
                var key = prefix + "data_sources." + property.Name;
                if (knowledge.FindFinding(property.Name) is null)
                {
                    throw new CaseFormatException(key, "unknown finding id");
                }

                dataSources[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : throw new CaseFormatException(key, "must be a text description");
            }
        }

        return new Case((int)Math.Floor(age), parsedSex, evidence, dataSources);
    }

    private static FindingAnswer ReadAnswer(JsonElement value, FindingDefinition finding, string key)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return FindingAnswer.NotSure;
            case JsonValueKind.String when value.GetString() == "not_sure":
                return FindingAnswer.NotSure;
            case JsonValueKind.True or JsonValueKind.False when finding.Kind == FindingKind.Bool:
                return FindingAnswer.Of(value.GetBoolean());
            case JsonValueKind.True or JsonValueKind.False:
                throw new CaseFormatException(key, $"is a number finding ({finding.Unit}, {Format(finding.Minimum)} to {Format(finding.Maximum)}); got a true/false value");
            case JsonValueKind.Number when finding.Kind == FindingKind.Number:
                var number = value.GetDouble();
                if (number < finding.Minimum || number > finding.Maximum)
                {
                    throw new CaseFormatException(key, $"{Format(number)} is out of range {Format(finding.Minimum)} to {Format(finding.Maximum)} {finding.Unit}");
                }

                return FindingAnswer.Of(number);
            case JsonValueKind.Number:
                throw new CaseFormatException(key, "is a true/false finding; got a number");
            default:
                throw new CaseFormatException(key, finding.Kind == FindingKind.Bool ? "must be true or false" : "must be a number");
        }
    }

    /// <summary>Writes a case as JSON (not-sure answers as <c>null</c>; data sources when present).</summary>
    public static string Serialize(Case @case, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(@case);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, @case);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, Case @case)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(@case);
        writer.WriteStartObject();
        writer.WriteNumber("age", @case.Age);
        writer.WriteString("sex", @case.Sex == Sex.Female ? "female" : "male");
        writer.WriteStartObject("evidence");
        foreach (var (id, answer) in @case.Evidence)
        {
            if (answer.Present is { } present)
            {
                writer.WriteBoolean(id, present);
            }
            else if (answer.Number is { } number)
            {
                writer.WriteNumber(id, number);
            }
            else
            {
                writer.WriteNull(id);
            }
        }

        writer.WriteEndObject();
        if (@case.DataSources.Count > 0)
        {
            writer.WriteStartObject("data_sources");
            foreach (var (id, description) in @case.DataSources)
            {
                writer.WriteString(id, description);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
