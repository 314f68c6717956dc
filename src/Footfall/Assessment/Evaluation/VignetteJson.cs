using System.Text.Json;
using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment.Evaluation;

/// <summary>Reads vignette files (spec/case-format.md "A vignette"); errors name the key, such as <c>case.evidence.x</c>.</summary>
public static class VignetteJson
{
    public static Vignette Parse(string json, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(knowledge);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CaseFormatException("$", "a vignette must be a JSON object");
            }

            var id = String(root, "id", "id");
            var story = root.TryGetProperty("story", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : string.Empty;
            if (!root.TryGetProperty("case", out var caseElement))
            {
                throw new CaseFormatException("case", "is required");
            }

            var @case = CaseJson.FromElement(caseElement, knowledge, "case.");
            if (!root.TryGetProperty("expected", out var expected) || expected.ValueKind != JsonValueKind.Object)
            {
                throw new CaseFormatException("expected", "is required and must be an object");
            }

            var condition = String(expected, "condition", "expected.condition");
            if (knowledge.FindCondition(condition) is null)
            {
                throw new CaseFormatException("expected.condition", $"unknown condition id '{condition}'");
            }

            var acceptable = new List<string>();
            if (expected.TryGetProperty("also_acceptable", out var also))
            {
                if (also.ValueKind != JsonValueKind.Array)
                {
                    throw new CaseFormatException("expected.also_acceptable", "must be a list of condition ids");
                }

                foreach (var item in also.EnumerateArray())
                {
                    var other = item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty;
                    if (knowledge.FindCondition(other) is null)
                    {
                        throw new CaseFormatException("expected.also_acceptable", $"unknown condition id '{other}'");
                    }

                    acceptable.Add(other);
                }
            }

            var triageText = String(expected, "triage", "expected.triage");
            if (!TriageLevels.TryParse(triageText, out var triage))
            {
                throw new CaseFormatException("expected.triage", $"'{triageText}' is not a triage level");
            }

            return new Vignette(id, story, @case, condition, acceptable, triage);
        }
        catch (JsonException ex)
        {
            throw new CaseFormatException("$", "not valid JSON: " + ex.Message);
        }
    }

    private static string String(JsonElement element, string name, string key) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CaseFormatException(key, "is required and must be a string");
}
