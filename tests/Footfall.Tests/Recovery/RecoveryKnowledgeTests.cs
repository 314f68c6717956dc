using Footfall.Assessment;
using Footfall.Recovery;
using Footfall.Tests.Support;

namespace Footfall.Tests.Recovery;

public sealed class RecoveryKnowledgeTests
{
    private static readonly Lazy<RecoveryKnowledge> Repository = new(() => RecoveryKnowledge.Load(Path.Combine(SharedPaths.Knowledge, "recovery")));

    internal static RecoveryKnowledge Knowledge => Repository.Value;

    private static readonly string[] Emergencies = ["deep_vein_thrombosis", "acute_compartment_syndrome", "achilles_rupture", "foot_infection"];

    public static IReadOnlyList<string> VocabularyConditions()
    {
        // Every condition the assessment can rank (the loader holds it to contain the vocabulary's):
        // each needs a plan or a no-plan entry.
        return [.. Support.KnowledgeFixture.Knowledge.Conditions.Select(c => c.Id)];
    }

    public static TheoryData<string> PlannedConditions()
    {
        var data = new TheoryData<string>();
        foreach (var id in VocabularyConditions().Where(id => !Emergencies.Contains(id)))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void CheckCoverage_VocabularyConditions_EveryNonEmergencyHasAPlan()
    {
        var errors = Knowledge.CheckCoverage(VocabularyConditions());

        Assert.Empty(errors);
        Assert.Equal(Emergencies.Order(), Knowledge.NoPlanReasons.Keys.Order());
    }

    [Fact]
    public void CheckCoverage_ConditionMissingFromKnowledge_NamesIt()
    {
        var errors = Knowledge.CheckCoverage([.. VocabularyConditions(), "turf_toe"]);

        Assert.Contains(errors, e => e.Contains("'turf_toe'", StringComparison.Ordinal) && e.Contains("no plan", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlannedConditions))]
    public void Plan_EveryCondition_HasThreePhasesGateWalkRunAndSourcedRange(string conditionId)
    {
        var plan = Knowledge.Plans[conditionId];

        Assert.Equal([1, 2, 3], plan.Phases.Select(p => p.Number));
        Assert.All(plan.Phases, p =>
        {
            Assert.NotEmpty(p.Goals);
            Assert.NotEmpty(p.Exercises);
            Assert.NotEmpty(p.CrossTraining);
            Assert.NotEmpty(p.ExitCriteria);
            Assert.All(p.Exercises, e => Assert.True(Knowledge.Exercises.ContainsKey(e.ExerciseId)));
        });
        Assert.NotEmpty(plan.ReadinessGate);
        Assert.Contains(plan.ReadinessGate, c => c.Kind == CriterionKind.PainFreeBriskWalk && c.Threshold >= 30);
        Assert.Contains(plan.ReadinessGate, c => c.Kind == CriterionKind.PainFreeHops && c.Threshold >= 10);
        Assert.Contains(plan.ReturnToRun.Sessions, s => s.ImpactMinutes > 0);
        Assert.InRange(plan.ExpectedRecovery.MinWeeks, 1, plan.ExpectedRecovery.MaxWeeks);
        Assert.False(string.IsNullOrWhiteSpace(plan.ExpectedRecovery.Source));
    }

    [Theory]
    [InlineData("metatarsal_stress_fracture")]
    [InlineData("calcaneal_stress_fracture")]
    [InlineData("navicular_stress_fracture")]
    [InlineData("acute_foot_fracture")]
    [InlineData("tibial_stress_fracture")]
    public void Plan_BoneInjury_NoRunningInAnyPhaseAndClearanceAtTheGate(string conditionId)
    {
        var plan = Knowledge.Plans[conditionId];

        Assert.True(plan.NoRunningUntilCleared);
        Assert.All(plan.Phases, p => Assert.Equal(RunningAllowance.None, p.Running));
        Assert.Contains(plan.ReadinessGate, c => c.Kind == CriterionKind.ClinicianClearance);
        Assert.Equal("bone", plan.PainModel.Id);
    }

    [Theory]
    [InlineData("plantar_fasciitis")]
    [InlineData("achilles_tendinopathy")]
    [InlineData("posterior_tibial_tendinopathy")]
    [InlineData("peroneal_tendinopathy")]
    [InlineData("extensor_tendinopathy")]
    public void Plan_TendonOrFascia_ProgressesOnlyWithPainAtMost3AndSettledNextMorning(string conditionId)
    {
        var plan = Knowledge.Plans[conditionId];

        Assert.Equal(3, plan.PainModel.SafeMaxPain);
        Assert.Contains(plan.Phase(1).ExitCriteria, c => c.Kind == CriterionKind.MaxPainDuringActivity && c.Threshold == 3);
        Assert.Contains(plan.Phase(1).ExitCriteria, c => c.Kind == CriterionKind.SettledByNextMorning);
        Assert.Contains(plan.Phases.SelectMany(p => p.ExitCriteria), c => c.Kind == CriterionKind.HeelRaises && c.Threshold == 25);
    }

    [Fact]
    public void Exercises_EveryOne_HasStepsMistakesContraindicationsAndAnSvg()
    {
        Assert.All(Knowledge.Exercises.Values, e =>
        {
            Assert.NotEmpty(e.Steps);
            Assert.NotEmpty(e.CommonMistakes);
            Assert.NotEmpty(e.WhenNotToDoIt);
            Assert.StartsWith("<svg", e.IllustrationSvg, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", e.IllustrationSvg, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Exercises_CalfMassage_SaysNotWhenAClotIsPossible()
    {
        var massage = Knowledge.Exercises["calf_self_massage"];

        Assert.Contains(massage.WhenNotToDoIt, w => w.Contains("clot", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Criteria_EveryOne_NamesASource()
    {
        Assert.All(Knowledge.Criteria.Values, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.All(Knowledge.PainModels.Values, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
    }

    [Fact]
    public void ReturnToRun_WalkJogRunTable_MatchesThePublishedProtocol()
    {
        var table = Knowledge.Progressions["walk_jog_run_22_day"];

        Assert.Equal(21, table.Sessions.Count);
        Assert.Equal("Walk 10 min", table.Sessions[0].Describe());
        Assert.Equal("Walk 15 min, jog 5 min, walk 10 min", table.Sessions[5].Describe());
        Assert.True(table.Sessions[8].IsRecoveryDay);
        Assert.Equal("Run 30 min", table.Sessions[19].Describe());
        Assert.All(table.Sessions.Where(s => !s.IsRecoveryDay), s => Assert.InRange(s.TotalMinutes, 10, 30));
    }

    [Fact]
    public void LocateDirectory_FromTestBinaries_PrefersTheCopyBesideTheBinaries()
    {
        var found = RecoveryKnowledge.LocateDirectory();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "knowledge", "recovery"), found);
        Assert.True(File.Exists(Path.Combine(found, "plans", "plantar_fasciitis.yaml")));
        Assert.True(File.Exists(Path.Combine(found, "illustrations", "glute_bridge.svg")));
    }

    [Fact]
    public void LocateDirectory_NothingBesideBinaries_WalksUpToTheFolderWithTheSolution()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Footfall.slnx"), "<Solution />");
        Directory.CreateDirectory(Path.Combine(temp.Path, "knowledge", "recovery"));
        var deep = Directory.CreateDirectory(Path.Combine(temp.Path, "src", "App", "bin", "Debug")).FullName;

        var found = RecoveryKnowledge.LocateDirectory(deep);

        Assert.Equal(Path.Combine(temp.Path, "knowledge", "recovery"), found);
    }

    [Fact]
    public void LocateDirectory_NoKnowledgeAnywhere_ThrowsDirectoryNotFound()
    {
        using var temp = new TempFolder();

        Assert.Throws<DirectoryNotFoundException>(() => RecoveryKnowledge.LocateDirectory(temp.Path));
    }

    [Fact]
    public void LoadDefault_FromTestBinaries_LoadsTheSameKnowledge()
    {
        var loaded = RecoveryKnowledge.LoadDefault();

        Assert.Equal(Knowledge.Plans.Keys.Order(), loaded.Plans.Keys.Order());
    }

    public static TheoryData<string, string, string, string> BrokenKnowledge() => new()
    {
        // file, text to find, replacement, expected error fragment (file and key)
        { "plans/plantar_fasciitis.yaml", "- { id: towel_toe_curls }", "- { id: towel_toe_curlz }", "plans/plantar_fasciitis.yaml: phases[0].exercises[3].id: unknown exercise 'towel_toe_curlz'" },
        { "plans/plantar_fasciitis.yaml", "exit_criteria: [pain_during_at_most_3, settled_next_morning, daily_living_comfortable, days_in_phase_7]", "exit_criteria: [pain_below_3]", "plans/plantar_fasciitis.yaml: phases[0].exit_criteria[0]: unknown criterion 'pain_below_3'" },
        { "plans/plantar_fasciitis.yaml", "running: reduced", "running: sometimes", "plans/plantar_fasciitis.yaml: phases[0].running: 'sometimes' is not one of none, reduced, as_tolerated" },
        { "plans/plantar_fasciitis.yaml", "pain_model: tendon_fascia", "pain_model: tendon", "plans/plantar_fasciitis.yaml: pain_model: unknown pain model 'tendon'" },
        { "plans/plantar_fasciitis.yaml", "  min_weeks: 12", "  min_weeks: 60", "plans/plantar_fasciitis.yaml: expected_recovery.max_weeks: must not be below min_weeks" },
        { "plans/metatarsal_stress_fracture.yaml", "running: none\n    running_guidance: \"No running, jumping", "running: reduced\n    running_guidance: \"No running, jumping", "plans/metatarsal_stress_fracture.yaml: phases: no_running_until_cleared is true, so every phase must have running: none" },
        { "plans/metatarsal_stress_fracture.yaml", ", clinician_clearance]\nreturn_to_run", "]\nreturn_to_run", "plans/metatarsal_stress_fracture.yaml: readiness_gate: this plan needs clinician clearance" },
        { "exercises.yaml", "illustration: illustrations/glute_bridge.svg", "illustration: illustrations/missing.svg", "exercises.yaml: exercises[glute_bridge].illustration: the file 'illustrations/missing.svg' is missing" },
        { "exercises.yaml", "    target: \"Gluteal muscles and hamstrings\"\n", "", "exercises.yaml: exercises[glute_bridge].target: missing or empty" },
        { "criteria.yaml", "kind: pain_free_hops\n    threshold: 10", "kind: pain_free_hops", "criteria.yaml: criteria[hops_10].threshold: missing" },
        { "pain-models.yaml", "acceptable_max_pain: 5\n    morning_rise_step_back: 2\n    stiffness_rise_hold_minutes: 15\n    see_clinician_pain: 8", "acceptable_max_pain: 2\n    morning_rise_step_back: 2\n    stiffness_rise_hold_minutes: 15\n    see_clinician_pain: 8", "pain-models.yaml: pain_models[tendon_fascia].acceptable_max_pain: must not be below safe_max_pain" },
        { "return-to-run.yaml", "session: \"walk 15, jog 5, walk 10\"", "session: \"walk 15, sprint 5\"", "return-to-run.yaml: progressions[walk_jog_run_22_day].sessions[5].session: 'sprint 5'" },
        { "questionnaires.yaml", "min_answered: 19", "min_answered: 25", "questionnaires.yaml: questionnaires[faam].scales[faam_adl].min_answered: 25 is outside 1 to 21" },
        { "questionnaires.yaml", "mcid: 9\n        mcid_source: \"MCID 9 points (Martin", "mcid_source: \"MCID 9 points (Martin", "questionnaires.yaml: questionnaires[faam].scales[faam_sports].mcid: missing" },
        { "no-plan.yaml", "condition: acute_compartment_syndrome", "condition: plantar_fasciitis", "no-plan.yaml: no_plan[plantar_fasciitis]: the condition also has a plan" },
        { "plans/sesamoiditis.yaml", "condition: sesamoiditis", "condition: sesamoiditis\nunknown_key: 1", "plans/sesamoiditis.yaml: line 2" },
    };

    [Theory]
    [MemberData(nameof(BrokenKnowledge))]
    public void Load_BrokenKnowledge_ErrorNamesFileAndKey(string file, string find, string replace, string expected)
    {
        using var temp = TempFolder.CopyOf(Path.Combine(SharedPaths.Knowledge, "recovery"));
        var path = Path.Combine(temp.Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));

        var ex = Assert.Throws<RecoveryKnowledgeException>(() => RecoveryKnowledge.Load(temp.Path));

        Assert.Contains(ex.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFile_SaysWhichFile()
    {
        using var temp = TempFolder.CopyOf(Path.Combine(SharedPaths.Knowledge, "recovery"));
        File.Delete(Path.Combine(temp.Path, "criteria.yaml"));

        var ex = Assert.Throws<RecoveryKnowledgeException>(() => RecoveryKnowledge.Load(temp.Path));

        Assert.Contains("criteria.yaml: the file is missing.", ex.Errors);
    }

    [Fact]
    public void Load_SvgWithScript_IsRejected()
    {
        using var temp = TempFolder.CopyOf(Path.Combine(SharedPaths.Knowledge, "recovery"));
        File.WriteAllText(
            Path.Combine(temp.Path, "illustrations", "clamshell.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var ex = Assert.Throws<RecoveryKnowledgeException>(() => RecoveryKnowledge.Load(temp.Path));

        Assert.Contains(ex.Errors, e => e.Contains("<script> is not allowed", StringComparison.Ordinal));
    }
}
