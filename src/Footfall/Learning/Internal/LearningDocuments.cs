namespace Footfall.Learning.Internal;

// YAML shapes of knowledge/learning/*.yaml, read with YamlDotNet's underscored naming. An unknown key
// is an error (YamlDotNet refuses it), so a misspelt field never goes silently unread.
#pragma warning disable CA1812 // Instantiated by YamlDotNet.
#pragma warning disable CA2227 // Settable collections are how YamlDotNet fills a document.

internal sealed class GuidesDocument
{
    public ReviewDocument? Review { get; set; }

    public Dictionary<string, GuideNoteDocument?>? Guides { get; set; }
}

internal sealed class ReviewDocument
{
    public string? PreparedBy { get; set; }

    public string? PreparedOn { get; set; }

    public string? ReviewerRole { get; set; }

    public string? ReviewedOn { get; set; }

    public string? Basis { get; set; }
}

internal sealed class GuideNoteDocument
{
    public string? Who { get; set; }

    public List<string>? Src { get; set; }

    public SourcedTextDocument? Duration { get; set; }
}

internal sealed class SourcedTextDocument
{
    public string? Summary { get; set; }

    public List<string>? Src { get; set; }
}

internal sealed class ClassDocument
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public List<string>? Src { get; set; }

    public List<ClassSectionDocument>? Sections { get; set; }

    public List<string>? StopIf { get; set; }
}

internal sealed class ClassSectionDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<ClassItemDocument>? Items { get; set; }
}

internal sealed class ClassItemDocument
{
    public string? Exercise { get; set; }

    public int Sets { get; set; }

    public int? Reps { get; set; }

    public int? HoldSeconds { get; set; }

    public bool PerSide { get; set; }

    public int RestSeconds { get; set; }
}

internal sealed class ChecksDocument
{
    public ShoeWearDocument? ShoeWear { get; set; }

    public FormCheckDocument? FormCheck { get; set; }
}

internal sealed class ShoeWearDocument
{
    public List<string>? Src { get; set; }

    public List<ShoeWearPatternDocument>? Patterns { get; set; }

    public SourcedTextDocument? Mileage { get; set; }
}

internal sealed class ShoeWearPatternDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Looks { get; set; }

    public string? Suggests { get; set; }

    public List<string>? Conditions { get; set; }

    public List<string>? Src { get; set; }
}

internal sealed class FormCheckDocument
{
    public List<string>? Src { get; set; }

    public List<string>? Filming { get; set; }

    public List<FormViewDocument>? Views { get; set; }

    public string? Cadence { get; set; }

    public List<string>? CadenceSrc { get; set; }
}

internal sealed class FormViewDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<string>? LookFor { get; set; }

    public List<string>? Src { get; set; }
}
