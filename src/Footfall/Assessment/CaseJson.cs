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

        return Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), knowledge);
    }

    /// <summary>Reads a case from UTF-8 bytes as they arrived (a request body), without decoding them to a string first.</summary>
    public static Case Parse(ReadOnlySequence<byte> utf8Json, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (utf8Json.Length > MaxLength)
        {
            throw new CaseFormatException("$", $"the case is larger than {MaxLength} bytes");
        }

        // A well-formed case is read in one pass over the bytes; anything unusual (an error to report,
        // data sources, escaped names, a repeated key) is read again by the full reader below, which
        // names what is wrong. Both accept exactly the same cases and give the same answers.
        return TryReadSimple(utf8Json, knowledge) ?? FromDocument(() => JsonDocument.Parse(utf8Json, DocumentOptions), knowledge);
    }

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>Longest finding id the one-pass reader decodes on the stack; a longer one is unknown anyway.</summary>
    private const int MaxIdLength = 128;

    /// <summary>
    /// The case when <paramref name="utf8Json"/> is a valid case with <c>age</c>, <c>sex</c> and at most one
    /// <c>evidence</c> object of known findings and valid answers, and no <c>data_sources</c>; otherwise null
    /// (the caller then reads it with <see cref="FromElement"/>, which reports the problem).
    /// </summary>
    private static Case? TryReadSimple(ReadOnlySequence<byte> utf8Json, KnowledgeBase knowledge)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        Span<char> name = stackalloc char[MaxIdLength];
        double? age = null;
        Sex? sex = null;
        Dictionary<string, FindingAnswer>? evidence = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("age"u8))
                {
                    if (age is not null || !reader.Read() || reader.TokenType != JsonTokenType.Number
                        || !reader.TryGetDouble(out var value) || value is < Case.MinimumAge or > Case.MaximumAge)
                    {
                        return null;
                    }

                    age = value;
                }
                else if (reader.ValueTextEquals("sex"u8))
                {
                    if (sex is not null || !reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return null;
                    }

                    sex = reader.ValueTextEquals("female"u8) ? Sex.Female : reader.ValueTextEquals("male"u8) ? Sex.Male : null;
                    if (sex is null)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("evidence"u8))
                {
                    if (evidence is not null || !reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                    {
                        return null;
                    }

                    evidence = new Dictionary<string, FindingAnswer>(16, StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxIdLength
                            || System.Text.Unicode.Utf8.ToUtf16(reader.ValueSpan, name, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done
                            || knowledge.FindFinding(name[..length]) is not { } finding
                            || !reader.Read() || ReadSimpleAnswer(ref reader, finding) is not { } answer)
                        {
                            return null;
                        }

                        evidence[finding.Id] = answer;
                    }

                    if (reader.TokenType != JsonTokenType.EndObject)
                    {
                        return null;
                    }
                }
                else if (reader.ValueTextEquals("data_sources"u8))
                {
                    return null;
                }
                else
                {
                    // Other keys are ignored, as by the full reader.
                    if (!reader.Read())
                    {
                        return null;
                    }

                    reader.Skip();
                }
            }

            // The root object has ended; nothing may follow it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || age is not { } years || sex is not { } parsedSex)
            {
                return null;
            }

            return new Case((int)Math.Floor(years), parsedSex, evidence ?? new Dictionary<string, FindingAnswer>(StringComparer.Ordinal), null, handOver: true);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The answer the full reader would read for this value, or null where it would report an error.</summary>
    private static FindingAnswer? ReadSimpleAnswer(ref Utf8JsonReader reader, FindingDefinition finding)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return FindingAnswer.NotSure;
            case JsonTokenType.String:
                return reader.ValueTextEquals("not_sure"u8) ? FindingAnswer.NotSure : null;
            case JsonTokenType.True or JsonTokenType.False:
                return finding.Kind == FindingKind.Bool ? FindingAnswer.Of(reader.TokenType == JsonTokenType.True) : null;
            case JsonTokenType.Number when finding.Kind == FindingKind.Number:
                return reader.TryGetDouble(out var number) && number >= finding.Minimum && number <= finding.Maximum
                    ? FindingAnswer.Of(number)
                    : null;
            default:
                return null;
        }
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
                if (!value.TryGetDouble(out var number))
                {
                    throw new CaseFormatException(key, $"{value.GetRawText()} is out of range {Format(finding.Minimum)} to {Format(finding.Maximum)} {finding.Unit}");
                }

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
