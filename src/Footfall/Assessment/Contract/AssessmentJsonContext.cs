using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>Source-generated System.Text.Json metadata for the assessment result contract (no reflection at run time).</summary>
[JsonSerializable(typeof(AssessmentResultDocument))]
public sealed partial class AssessmentJsonContext : JsonSerializerContext;
