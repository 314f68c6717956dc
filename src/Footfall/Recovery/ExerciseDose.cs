namespace Footfall.Recovery;

/// <summary>An exercise as a phase prescribes it: the library id and the dosage for this phase.</summary>
public sealed record ExerciseDose(string ExerciseId, string Dosage);
