using Footfall.Recovery.Questionnaires;

using Footfall.Tests.Recovery;

namespace Footfall.Tests.Recovery.Questionnaires;

public sealed class QuestionnaireScaleTests
{
    private static QuestionnaireScale Scale(string questionnaire, string scale) =>
        RecoveryKnowledgeTests.Knowledge.Questionnaires[questionnaire].Scale(scale);

    /// <summary>Answers from a compact string: digits 0-4, '-' for N/A or not answered.</summary>
    private static int?[] Answers(string text) => text.Select(c => c == '-' ? (int?)null : c - '0').ToArray();

    [Theory]
    [InlineData("faam", "faam_adl", 21)]
    [InlineData("faam", "faam_sports", 8)]
    [InlineData("lefs", "lefs", 20)]
    public void Items_AsPublished_CountPerScale(string questionnaire, string scale, int items)
    {
        Assert.Equal(items, Scale(questionnaire, scale).Items.Count);
    }

    public static TheoryData<string, string, double?> HandComputed() => new()
    {
        // scale, answers (item order; '-' = N/A or missing), expected score (null = not scored)
        { "faam_adl", "444444444444444444444", 100.0 },
        { "faam_adl", "000000000000000000000", 0.0 },
        { "faam_adl", "444444444433333333333", 73 * 100.0 / 84 },      // 10 x 4 + 11 x 3 = 73 of 84 = 86.9
        { "faam_adl", "3333333333333333333--", 75.0 },                  // 19 answered: 57 / 76
        { "faam_adl", "-333333333333333333-3", 75.0 },                  // N/A anywhere counts the same
        { "faam_adl", "43210432104321043210-", 40 * 100.0 / 80 },      // 20 answered: 40 / 80 = 50
        { "faam_adl", "333333333333333333---", null },                  // 18 answered: below 19
        { "faam_adl", "---------------------", null },
        { "faam_sports", "43210432", 19 * 100.0 / 32 },                 // 59.375
        { "faam_sports", "4321043-", 17 * 100.0 / 28 },                 // 7 answered: 60.7
        { "faam_sports", "432104--", null },                            // 6 answered: below 7
        { "faam_sports", "00000000", 0.0 },
        { "lefs", "44444444444444444444", 80.0 },
        { "lefs", "00000000000000000000", 0.0 },
        { "lefs", "44444333332222211111", 50.0 },
        { "lefs", "3333333333333333----", 60.0 },                       // 16 answered: 48 x 20 / 16
        { "lefs", "4444444444444444444-", 80.0 },                       // 19 answered: 76 x 20 / 19
        { "lefs", "333333333333333-----", null },                       // 15 answered: more than 4 missing
        { "lefs", "--------------------", null },
    };

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void Score_Answers_MatchHandComputedScore(string scaleId, string answers, double? expected)
    {
        var scale = scaleId == "lefs" ? Scale("lefs", "lefs") : Scale("faam", scaleId);

        var score = scale.Score(Answers(answers));

        if (expected is null)
        {
            Assert.False(score.IsScored);
            Assert.NotNull(score.NotScoredReason);
        }
        else
        {
            Assert.Equal(expected.Value, score.Score!.Value, 6);
        }

        Assert.Equal(answers.Count(c => c != '-'), score.Answered);
    }

    [Theory]
    [InlineData("333333333333333333---", "Only 18 of 21 items were answered; at least 19 are needed.")]
    [InlineData("---------------------", "No item was answered.")]
    public void Score_TooFewAnswered_SaysWhy(string answers, string reason)
    {
        var score = Scale("faam", "faam_adl").Score(Answers(answers));

        Assert.Equal(reason, score.NotScoredReason);
    }

    [Fact]
    public void Score_WrongNumberOfAnswers_Throws()
    {
        Assert.Throws<ArgumentException>(() => Scale("lefs", "lefs").Score(Answers("4444")));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void Score_AnswerOutside0To4_Throws(int bad)
    {
        var answers = Answers("44444444444444444444");
        answers[3] = bad;

        Assert.Throws<ArgumentOutOfRangeException>(() => Scale("lefs", "lefs").Score(answers));
    }

    public static TheoryData<string, double, double, ChangeMeaning> Changes() => new()
    {
        { "faam_adl", 60, 68, ChangeMeaning.MeaningfulImprovement },    // MCID 8
        { "faam_adl", 60, 67.9, ChangeMeaning.NoMeaningfulChange },
        { "faam_adl", 60.7, 68.7, ChangeMeaning.MeaningfulImprovement },
        { "faam_adl", 60, 52, ChangeMeaning.MeaningfulDecline },
        { "faam_sports", 40, 49, ChangeMeaning.MeaningfulImprovement },  // MCID 9
        { "faam_sports", 40, 48, ChangeMeaning.NoMeaningfulChange },
        { "lefs", 40, 49, ChangeMeaning.MeaningfulImprovement },         // MCID 9
        { "lefs", 40, 48, ChangeMeaning.NoMeaningfulChange },
        { "lefs", 49, 40, ChangeMeaning.MeaningfulDecline },
        { "lefs", 40, 40, ChangeMeaning.NoMeaningfulChange },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Compare_ChangeAgainstMcid_LabelsItMeaningfulOrNot(string scaleId, double before, double after, ChangeMeaning expected)
    {
        var scale = scaleId == "lefs" ? Scale("lefs", "lefs") : Scale("faam", scaleId);

        Assert.Equal(expected, scale.Compare(before, after).Meaning);
    }

    [Theory]
    [InlineData(40, 50.7, 9, "Up 10.7 points: a meaningful improvement (MCID 9)")]
    [InlineData(60, 55, 8, "Down 5 points: less than the smallest change that matters (MCID 8)")]
    [InlineData(60, 60, 8, "No change: less than the smallest change that matters (MCID 8)")]
    public void Describe_Change_PlainWords(double before, double after, double mcid, string text)
    {
        Assert.Equal(text, ScoreChange.Between(before, after, mcid).Describe());
    }

    [Fact]
    public void Questionnaires_Mcids_AreThePublishedValues()
    {
        Assert.Equal(8, Scale("faam", "faam_adl").Mcid);
        Assert.Equal(9, Scale("faam", "faam_sports").Mcid);
        Assert.Equal(9, Scale("lefs", "lefs").Mcid);
        Assert.True(RecoveryKnowledgeTests.Knowledge.Questionnaires["faam"].AllowsNotApplicable);
        Assert.False(RecoveryKnowledgeTests.Knowledge.Questionnaires["lefs"].AllowsNotApplicable);
    }
}
