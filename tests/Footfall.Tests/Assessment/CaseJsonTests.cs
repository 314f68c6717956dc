using Footfall.Assessment;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

public class CaseJsonTests
{
    [Fact]
    public void Parse_SpecExample_ReadsEveryField()
    {
        const string json = """
            { "age": 34, "sex": "female", "evidence": { "loc_heel_plantar_medial": true, "night_pain": false, "duration_weeks": 6, "weekly_distance_change_pct": 45 } }
            """;

        var @case = CaseJson.Parse(json, KnowledgeFixture.Knowledge);

        Assert.Equal(34, @case.Age);
        Assert.Equal(Sex.Female, @case.Sex);
        Assert.Equal(FindingAnswer.Yes, @case.Evidence["loc_heel_plantar_medial"]);
        Assert.Equal(FindingAnswer.No, @case.Evidence["night_pain"]);
        Assert.Equal(45, @case.Evidence["weekly_distance_change_pct"].Number);
    }

    [Theory]
    [InlineData("""{ "sex": "male", "evidence": {} }""", "age")]
    [InlineData("""{ "age": "forty", "sex": "male" }""", "age")]
    [InlineData("""{ "age": 9, "sex": "male" }""", "age")]
    [InlineData("""{ "age": 101, "sex": "male" }""", "age")]
    [InlineData("""{ "age": 40 }""", "sex")]
    [InlineData("""{ "age": 40, "sex": "other" }""", "sex")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": [] }""", "evidence")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "heel_on_fire": true } }""", "evidence.heel_on_fire")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "night_pain": 1 } }""", "evidence.night_pain")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "duration_weeks": true } }""", "evidence.duration_weeks")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "pain_now": 11 } }""", "evidence.pain_now")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "weekly_distance_change_pct": -101 } }""", "evidence.weekly_distance_change_pct")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "night_pain": "yes" } }""", "evidence.night_pain")]
    [InlineData("""[1, 2]""", "$")]
    [InlineData("""{ "age": 40, """, "$")]
    public void Parse_MalformedCase_ErrorNamesTheKey(string json, string key)
    {
        var ex = Assert.Throws<CaseFormatException>(() => CaseJson.Parse(json, KnowledgeFixture.Knowledge));

        Assert.Equal(key, ex.Key);
        Assert.StartsWith(key + ": ", ex.Message);
    }

    [Fact]
    public void Parse_NumberBeyondDouble_IsAnErrorNamingTheKeyNotACrash()
    {
        var ex = Assert.Throws<CaseFormatException>(() => CaseJson.Parse(
            """{ "age": 40, "sex": "male", "evidence": { "duration_weeks": 1e999 } }""", KnowledgeFixture.Knowledge));

        Assert.Equal("evidence.duration_weeks", ex.Key);
    }

    [Theory]
    [InlineData("""{ "age": 40.9, "sex": "male", "evidence": { "night_pain": null, "windlass_pain": "not_sure", "duration_weeks": 3 } }""")]
    [InlineData("""{ "sex": "female", "note": { "deep": [1, { "x": null }] }, "age": 33, "evidence": {} }""")]
    [InlineData("""{ "age": 40, "sex": "male" }""")]
    [InlineData("""{ "age": 40, "sex": "m\u0061le", "evidence": { "night\u005fpain": true } }""")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "night_pain": true, "night_pain": false } }""")]
    [InlineData("""{ "age": 40, "age": 50, "sex": "male" }""")]
    [InlineData("""{ "age": 40, "sex": "male", "evidence": { "duration_weeks": 6 }, "data_sources": { "duration_weeks": "your runs" } }""")]
    public void Parse_OnePassAndFullReader_ReadTheSameCase(string json)
    {
        // A request's bytes are read in one pass when the case is simple, and by the full reader
        // otherwise; the full reader is the reference.
        var fast = CaseJson.Parse(new System.Buffers.ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(json)), KnowledgeFixture.Knowledge);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var full = CaseJson.FromElement(document.RootElement, KnowledgeFixture.Knowledge, string.Empty);

        Assert.Equal(full.Age, fast.Age);
        Assert.Equal(full.Sex, fast.Sex);
        Assert.Equal(full.Evidence.OrderBy(e => e.Key), fast.Evidence.OrderBy(e => e.Key));
        Assert.Equal(full.DataSources.OrderBy(e => e.Key), fast.DataSources.OrderBy(e => e.Key));
    }

    [Fact]
    public void Serialize_ThenParse_GivesTheSameCase()
    {
        var original = new Case(52, Sex.Male, new Dictionary<string, FindingAnswer>
        {
            ["first_steps_pain"] = FindingAnswer.Yes,
            ["night_pain"] = FindingAnswer.No,
            ["duration_weeks"] = FindingAnswer.Of(22),
            ["windlass_pain"] = FindingAnswer.NotSure,
        }, new Dictionary<string, string> { ["duration_weeks"] = "your imported runs" });

        var copy = CaseJson.Parse(CaseJson.Serialize(original), KnowledgeFixture.Knowledge);

        Assert.Equal(original.Age, copy.Age);
        Assert.Equal(original.Sex, copy.Sex);
        Assert.Equal(original.Evidence.OrderBy(e => e.Key), copy.Evidence.OrderBy(e => e.Key));
        Assert.Equal(original.DataSources, copy.DataSources);
    }
}
