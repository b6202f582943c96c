using Microsoft.Extensions.Options;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge.Caching;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>Recent understandings: the same text is understood the same way, once, until the knowledge changes.</summary>
public sealed class RecentUnderstandingsTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();
    private readonly IntentRecognizer _recognizer;
    private readonly KnowledgeCache _cache;

    public RecentUnderstandingsTests()
    {
        _recognizer = new IntentRecognizer(new KnowledgeVocabulary(_store.Store));
        _cache = new KnowledgeCache(_store.Store, Options.Create(new KnowledgeCacheOptions()));
    }

    public void Dispose()
    {
        _cache.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void Recognize_SameQuestionTwice_GivesTheSameUnderstandingAsTheRecognizer()
    {
        var recent = new RecentUnderstandings(_recognizer, _cache);

        var first = recent.Recognize("how has dwelling burglary changed since 2015");
        var again = recent.Recognize("how has dwelling burglary changed since 2015");

        Assert.Same(first, again);
        var direct = _recognizer.Recognize("how has dwelling burglary changed since 2015");
        Assert.Equal(direct.Intent, first.Intent);
        Assert.Equal(direct.Topic, first.Topic);
        Assert.Equal(direct.Period, first.Period);
    }

    [Fact]
    public void Recognize_TextNoRuleFits_IsKeptAndUnderstoodAsTheRecognizerDoes()
    {
        var recent = new RecentUnderstandings(_recognizer, _cache);

        var first = recent.Recognize("my neighbour Sam keeps shouting at night");
        var again = recent.Recognize("my neighbour Sam keeps shouting at night");

        // No rule fits: it is looked for in the assessment's words as it stands; kept like any other short text.
        Assert.Equal(Intent.Passage, first.Intent);
        Assert.Same(first, again);
        Assert.Equal(_recognizer.Recognize("my neighbour Sam keeps shouting at night").Passage, first.Passage);
    }

    [Fact]
    public void Recognize_UnknownText_IsKept()
    {
        var recent = new RecentUnderstandings(_recognizer, _cache);

        var first = recent.Recognize("qwertyuiop");

        Assert.Equal(_recognizer.Recognize("qwertyuiop").Intent, first.Intent);
        Assert.Same(first, recent.Recognize("qwertyuiop"));
    }

    [Fact]
    public void Recognize_LongText_IsNotKept()
    {
        var recent = new RecentUnderstandings(_recognizer, _cache);
        var text = "how has dwelling burglary changed " + new string('x', _cache.Options.MaxTextLength);

        Assert.NotSame(recent.Recognize(text), recent.Recognize(text));
    }

    [Fact]
    public void Recognize_AfterAnImport_IsUnderstoodAgainFromTheNewKnowledge()
    {
        var recent = new RecentUnderstandings(_recognizer, _cache);
        var before = recent.Recognize("how has dwelling burglary changed");

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,912", "corrections.csv", "analyst");
        Assert.True(report.Succeeded);

        var after = recent.Recognize("how has dwelling burglary changed");
        Assert.NotSame(before, after);
        Assert.Equal(before.Topic, after.Topic);
        Assert.Same(after, recent.Recognize("how has dwelling burglary changed"));
    }
}
