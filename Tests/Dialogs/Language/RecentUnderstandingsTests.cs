using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>Recent understandings: the same text is understood the same way, once; unknown texts are never kept.</summary>
public sealed class RecentUnderstandingsTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();
    private readonly IntentRecognizer _recognizer;

    public RecentUnderstandingsTests()
    {
        _recognizer = new IntentRecognizer(new KnowledgeVocabulary(_store.Store));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Recognize_SameQuestionTwice_GivesTheSameUnderstandingAsTheRecognizer()
    {
        var recent = new RecentUnderstandings(_recognizer);

        var first = recent.Recognize("how has dwelling burglary changed since 2015");
        var again = recent.Recognize("how has dwelling burglary changed since 2015");

        Assert.Same(first, again);
        var direct = _recognizer.Recognize("how has dwelling burglary changed since 2015");
        Assert.Equal(direct.Intent, first.Intent);
        Assert.Equal(direct.Topic, first.Topic);
        Assert.Equal(direct.Period, first.Period);
    }

    [Fact]
    public void Recognize_TextNoRuleFits_IsNotKept()
    {
        var recent = new RecentUnderstandings(_recognizer);

        var first = recent.Recognize("my neighbour Sam keeps shouting at night");
        var again = recent.Recognize("my neighbour Sam keeps shouting at night");

        // No rule fits: it is looked for in the assessment's words as it stands, and, like unknown text, never kept.
        Assert.Equal(Intent.Passage, first.Intent);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void Recognize_LongText_IsNotKept()
    {
        var recent = new RecentUnderstandings(_recognizer);
        var text = "how has dwelling burglary changed " + new string('x', RecentUnderstandings.MaxTextLength);

        Assert.NotSame(recent.Recognize(text), recent.Recognize(text));
    }
}
