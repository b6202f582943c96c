using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Tests.Knowledge;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>The recogniser's one precedence table, tried top-down, for questions with and without a topic.</summary>
public sealed class IntentRulesTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();
    private readonly IntentRecognizer _recognizer;

    public IntentRulesTests()
    {
        _recognizer = new IntentRecognizer(new KnowledgeVocabulary(_store.Store));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Rules_HaveDistinctNames()
    {
        var names = IntentRules.Ordered.Select(r => r.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SameWords_WithAndWithoutATopic_GoThroughTheSameTable()
    {
        var withTopic = _recognizer.Recognize("how do we compare with similar areas on dwelling burglary");
        var withoutTopic = _recognizer.Recognize("how do we compare with similar areas");

        Assert.Equal(Intent.Compare, withTopic.Intent);
        Assert.Equal("dwelling-burglary", withTopic.Topic);
        Assert.Equal(Intent.Compare, withoutTopic.Intent);
        Assert.Null(withoutTopic.Topic);
    }

    [Fact]
    public void BareTopic_IsAssumedToAskHowItChanged()
    {
        var understanding = _recognizer.Recognize("dwelling burglary");

        Assert.Equal(Intent.Change, understanding.Intent);
        Assert.True(understanding.Assumed);
    }

    [Fact]
    public void Period_IsTyped_AndExactWhenWhole()
    {
        var understanding = _recognizer.Recognize("dwelling burglary in Q2 2017/18");

        Assert.Equal(Intent.Quarters, understanding.Intent);
        Assert.Equal(new PeriodSlots { FinancialYearStart = 2017, Quarter = 2 }, understanding.Period);
        Assert.Equal("FY2017/18-Q2", understanding.Period.Exact?.Key);
    }

    [Theory]
    [InlineData("What does the assessment recommend on domestic abuse?")]
    [InlineData("list the DA interventions this year")]
    public void AProseQuestionOnATopicSeveralIndicatorsShare_IsAPassageQuestion_NotWhichOne(string question)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.Passage, understanding.Intent);
    }

    [Theory]
    [InlineData("what did the crime survey find about ASB", "asb")]
    [InlineData("csew figures on burglary over the long term", "dwelling-burglary")]
    public void ASurveyNamedBesideATopic_IsASurveyQuestionAboutThatTopic(string question, string topic)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.Passage, understanding.Intent);
        Assert.Equal(PassageAspect.Survey, understanding.Passage?.Aspect);
        Assert.Equal(topic, understanding.Topic);
    }

    [Fact]
    public void TheSurveyAlone_IsStillItsGlossaryEntry()
    {
        Assert.Equal(Intent.Glossary, _recognizer.Recognize("what does CSEW stand for").Intent);
    }

    [Fact]
    public void AProseQuestionOnATopicSeveralIndicatorsShare_CarriesEachOfThemToSearchWithin()
    {
        var understanding = _recognizer.Recognize("what are we advised to do on domestic abuse?");

        Assert.Equal(Intent.Passage, understanding.Intent);
        Assert.Null(understanding.Topic);
        Assert.Contains("domestic-abuse-incidents", understanding.Candidates);
        Assert.Contains("domestic-violence-offences", understanding.Candidates);
    }

    [Fact]
    public void HowManyYears_AsksWhen_NotForAFigure()
    {
        var understanding = _recognizer.Recognize("how many years has the partnership paid for schools projects");

        Assert.Equal(Intent.Passage, understanding.Intent);
        Assert.Equal(PassageAspect.When, understanding.Passage?.Aspect);
    }
}
