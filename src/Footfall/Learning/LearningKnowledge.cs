using Footfall.Assessment.Knowledge;
using Footfall.Learning.Internal;
using Footfall.Recovery;

namespace Footfall.Learning;

/// <summary>
/// What the learning pages need beyond the assessment and recovery knowledge (knowledge/learning):
/// who reviewed the content, a note per condition for its guide, the running class, the shoe check
/// and the form check. Checked against the rest of the knowledge when loaded: a guide note for every
/// condition and no other, every source id in sources.yaml, every exercise in the library.
/// </summary>
public sealed class LearningKnowledge
{
    internal LearningKnowledge(ContentReview review, IReadOnlyDictionary<string, GuideNote> notes, RunningClass runningClass, ShoeWearCheck shoeWear, FormCheck formCheck)
    {
        Review = review;
        Notes = notes;
        RunningClass = runningClass;
        ShoeWear = shoeWear;
        FormCheck = formCheck;
    }

    /// <summary>The folder inside the knowledge folder that holds these files.</summary>
    public const string FolderName = "learning";

    public ContentReview Review { get; }

    /// <summary>Guide notes by condition id: one for every condition in conditions.yaml.</summary>
    public IReadOnlyDictionary<string, GuideNote> Notes { get; }

    public RunningClass RunningClass { get; }

    public ShoeWearCheck ShoeWear { get; }

    public FormCheck FormCheck { get; }

    /// <summary>Loads knowledge/learning from a knowledge folder and checks it against the loaded assessment and recovery knowledge.</summary>
    /// <exception cref="LearningKnowledgeException">A file is missing or invalid; the message names each file and key.</exception>
    public static LearningKnowledge Load(string knowledgeDirectory, KnowledgeBase knowledge, RecoveryKnowledge recovery)
    {
        ArgumentNullException.ThrowIfNull(knowledgeDirectory);
        return LearningKnowledgeReader.Read(Path.Combine(knowledgeDirectory, FolderName), knowledge, recovery);
    }
}
