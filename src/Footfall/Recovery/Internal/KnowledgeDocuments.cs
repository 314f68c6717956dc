using System.Diagnostics.CodeAnalysis;

// The YAML documents of knowledge/recovery as YamlDotNet fills them: every value nullable, so the
// loader can name each missing key instead of failing on a null. Instantiated by reflection.
[assembly: SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "YAML documents are created by YamlDotNet through reflection.", Scope = "namespaceanddescendants", Target = "~N:Footfall.Recovery.Internal")]

namespace Footfall.Recovery.Internal;

internal sealed class CriteriaDocument
{
    public List<CriterionDocument>? Criteria { get; set; }
}

internal sealed class CriterionDocument
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public double? Threshold { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
}

internal sealed class PainModelsDocument
{
    public List<PainModelDocument>? PainModels { get; set; }
}

internal sealed class PainModelDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? SafeMaxPain { get; set; }
    public int? AcceptableMaxPain { get; set; }
    public int? MorningRiseStepBack { get; set; }
    public int? StiffnessRiseHoldMinutes { get; set; }
    public int? SeeClinicianPain { get; set; }
    public int? GoodDaysToProgress { get; set; }
    public string? Source { get; set; }
}

internal sealed class ProgressionsDocument
{
    public List<ProgressionDocument>? Progressions { get; set; }
}

internal sealed class ProgressionDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Source { get; set; }
    public List<string>? Rules { get; set; }
    public List<SessionDocument>? Sessions { get; set; }
}

internal sealed class SessionDocument
{
    public int? Day { get; set; }
    public string? Session { get; set; }
}

internal sealed class ExercisesDocument
{
    public List<ExerciseDocument>? Exercises { get; set; }
}

internal sealed class ExerciseDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Target { get; set; }
    public List<string>? Steps { get; set; }
    public string? Dosage { get; set; }
    public List<string>? CommonMistakes { get; set; }
    public List<string>? WhenNotToDoIt { get; set; }
    public string? Illustration { get; set; }
    public string? Source { get; set; }
}

internal sealed class ExclusionsDocument
{
    public List<ExclusionDocument>? NoPlan { get; set; }
}

internal sealed class ExclusionDocument
{
    public string? Condition { get; set; }
    public string? Reason { get; set; }
}

internal sealed class PlanDocument
{
    public string? Condition { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? PainModel { get; set; }
    public bool? NoRunningUntilCleared { get; set; }
    public bool? ClinicianClearanceRequired { get; set; }
    public ExpectedRecoveryDocument? ExpectedRecovery { get; set; }
    public List<PhaseDocument>? Phases { get; set; }
    public List<string>? ReadinessGate { get; set; }
    public string? ReturnToRun { get; set; }
    public List<string>? SeeSomeoneIf { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class ExpectedRecoveryDocument
{
    public int? MinWeeks { get; set; }
    public int? MaxWeeks { get; set; }
    public string? Summary { get; set; }
    public string? Source { get; set; }
}

internal sealed class PhaseDocument
{
    public int? Number { get; set; }
    public string? Name { get; set; }
    public List<string>? Goals { get; set; }
    public string? Running { get; set; }
    public string? RunningGuidance { get; set; }
    public List<CrossTrainingDocument>? CrossTraining { get; set; }
    public List<DoseDocument>? Exercises { get; set; }
    public List<string>? ExitCriteria { get; set; }
}

internal sealed class CrossTrainingDocument
{
    public string? Mode { get; set; }
    public string? Guidance { get; set; }
}

internal sealed class DoseDocument
{
    public string? Id { get; set; }
    public string? Dosage { get; set; }
}

internal sealed class QuestionnairesDocument
{
    public List<QuestionnaireDocument>? Questionnaires { get; set; }
}

internal sealed class QuestionnaireDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Citation { get; set; }
    public string? Licence { get; set; }
    public string? Instructions { get; set; }
    public List<ResponseDocument>? Responses { get; set; }
    public List<ScaleDocument>? Scales { get; set; }
}

internal sealed class ResponseDocument
{
    public int? Value { get; set; }
    public string? Label { get; set; }
}

internal sealed class ScaleDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Scoring { get; set; }
    public int? MinAnswered { get; set; }
    public string? ScoringSource { get; set; }
    public double? Mcid { get; set; }
    public string? McidSource { get; set; }
    public List<string>? Items { get; set; }
}
