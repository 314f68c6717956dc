using System.Text;
using System.Text.Json;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Assessment;

/// <summary>
/// The OpenAPI description of the assessment result is generated from the contract records that the
/// endpoint serializes, so a client reading the document finds exactly the keys it is sent.
/// </summary>
public sealed class AssessmentContractTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Theory]
    [InlineData("/api/v1/assessments", """{"age": 44, "sex": "female", "evidence": {"loc_heel_plantar_medial": true, "first_steps_pain": true, "windlass_pain": true, "duration_weeks": 8, "pale_cold_foot": false}}""")]
    [InlineData("/api/v1/interview", """{"age": 30, "sex": "male", "evidence": {"calf_swelling_one_side": false, "pale_cold_foot": null}}""")]
    [InlineData("/api/v1/assessments", """{"age": 60, "sex": "female", "evidence": {"pale_cold_foot": true}}""")]
    public async Task OpenApiResponseSchema_HasExactlyTheSerializedProperties(string path, string body)
    {
        var client = factory.CreateClient();
        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var sent = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var schema = openApi.RootElement.GetProperty("paths").GetProperty(path).GetProperty("post")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var mismatches = new List<string>();
        Compare(openApi.RootElement, schema, sent.RootElement, "$", mismatches);

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(sent.RootElement.GetProperty("conditions").GetArrayLength() > 0, "the case should rank at least one condition, so their schema is compared too");
    }

    /// <summary>
    /// Every key sent is described, with a matching JSON type; every described key is sent unless the
    /// schema allows null (a null-valued key the serializer leaves out, such as <c>from_data</c>).
    /// </summary>
    private static void Compare(JsonElement document, JsonElement schema, JsonElement value, string at, List<string> mismatches)
    {
        schema = Resolve(document, schema, value.ValueKind == JsonValueKind.Null);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!AllowsNull(schema))
            {
                mismatches.Add($"{at}: sent null, but the schema does not allow null");
            }

            return;
        }

        var type = Types(schema);
        var expected = value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            _ => "boolean",
        };
        if (!type.Contains(expected) && !(expected == "number" && type.Contains("integer")))
        {
            mismatches.Add($"{at}: sent {expected}, schema says {string.Join("|", type)}");
            return;
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Compare(document, items, item, $"{at}[{i++}]", mismatches);
            }
        }

        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Compare(document, propertySchema, property.Value, $"{at}.{property.Name}", mismatches);
            }
            else
            {
                mismatches.Add($"{at}.{property.Name}: sent, but not in the OpenAPI schema");
            }
        }

        foreach (var described in properties.EnumerateObject())
        {
            if (!value.TryGetProperty(described.Name, out _) && !AllowsNull(Resolve(document, described.Value, true)))
            {
                mismatches.Add($"{at}.{described.Name}: in the OpenAPI schema, but not sent");
            }
        }
    }

    /// <summary>Follows <c>$ref</c> and picks the non-null branch of a oneOf/anyOf (keeping whether null is allowed).</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema, bool preferNull)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var branches))
            {
                var options = branches.EnumerateArray().ToList();
                var nullBranch = options.FirstOrDefault(o => Types(o).Contains("null"));
                if (preferNull && nullBranch.ValueKind != JsonValueKind.Undefined)
                {
                    return nullBranch;
                }

                return Resolve(document, options.First(o => !Types(o).SequenceEqual(["null"])), preferNull);
            }
        }

        return schema;
    }

    private static bool AllowsNull(JsonElement schema) =>
        Types(schema).Contains("null") || (schema.TryGetProperty("nullable", out var n) && n.GetBoolean());

    private static List<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? ["object"] : [];
        }

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
    }
}
