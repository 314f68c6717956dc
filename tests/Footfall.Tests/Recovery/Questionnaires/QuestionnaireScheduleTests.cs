using Footfall.Recovery.Questionnaires;

namespace Footfall.Tests.Recovery.Questionnaires;

public sealed class QuestionnaireScheduleTests
{
    private static readonly DateOnly Last = new(2026, 11, 1);

    [Fact]
    public void Next_NeverCompleted_BaselineDueToday()
    {
        var today = new DateOnly(2026, 11, 21);

        Assert.Equal(new QuestionnaireDue(DueStatus.Due, today, today), QuestionnaireSchedule.Next(null, today));
    }

    [Theory]
    [InlineData(2, DueStatus.NotYetDue)]
    [InlineData(14, DueStatus.NotYetDue)]
    [InlineData(15, DueStatus.Due)]
    [InlineData(29, DueStatus.Due)]
    [InlineData(30, DueStatus.Overdue)]
    public void Next_AfterACompletion_DueFromTwoToFourWeeks(int dayOfMonth, DueStatus expected)
    {
        var due = QuestionnaireSchedule.Next(Last, new DateOnly(2026, 11, dayOfMonth));

        Assert.Equal(expected, due.Status);
        Assert.Equal(new DateOnly(2026, 11, 15), due.From);
        Assert.Equal(new DateOnly(2026, 11, 29), due.By);
    }
}
