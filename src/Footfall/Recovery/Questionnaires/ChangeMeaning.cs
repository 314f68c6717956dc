namespace Footfall.Recovery.Questionnaires;

/// <summary>Whether a change between two scores reaches the minimal clinically important difference.</summary>
public enum ChangeMeaning
{
    MeaningfulImprovement = 0,
    NoMeaningfulChange = 1,
    MeaningfulDecline = 2,
}
