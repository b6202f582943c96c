using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge;
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
    [InlineData("which property crimes went up last year", "Property crime", MoveDirection.Up)]
    [InlineData("what acquisitive offences rose", "Property crime", MoveDirection.Up)]
    [InlineData("which violent crimes fell", "Violence", MoveDirection.Down)]
    [InlineData("what exploitation crimes increased", "Exploitation", MoveDirection.Up)]
    public void AGroupsRisersOrFallers_AreTheMoversOfThatGroup(string question, string group, MoveDirection direction)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.Movers, understanding.Intent);
        Assert.Equal(group, understanding.Filter?.Category);
        Assert.Equal(direction, understanding.Filter?.Direction);
    }

    [Theory]
    [InlineData("did violence go up")]
    [InlineData("has violence without injury gone down")]
    public void OneTopicsMovement_IsStillThatTopicsChange_NotAGroupList(string question)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.NotEqual(Intent.Movers, understanding.Intent);
        Assert.NotNull(understanding.Topic);
    }

    [Theory]
    [InlineData("main worries around property crime", "Property crime")]
    [InlineData("what are the emerging issues for violence", "Violence")]
    public void ConcernsAboutAGroup_AreThatGroupsFindings(string question, string group)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.Findings, understanding.Intent);
        Assert.Equal(group, understanding.Filter?.Category);
    }

    [Theory]
    [InlineData("name the topics the scanning table covers", null, null, false)]
    [InlineData("list the property crime topics in section 3", "Property crime", null, false)]
    [InlineData("which areas does the serious and organised crime profile highlight", null, "SOCP", false)]
    [InlineData("what does the partnership have blind spots on", null, "unsighted", false)]
    [InlineData("which subjects is the CSP unsighted about", null, "unsighted", false)]
    [InlineData("what were last year's priorities", null, null, true)]
    [InlineData("show me the priorities for 2017/18", null, null, true)]
    public void ListsNamedByBroadWords_AreTopicLists_WithTheirFilter(string question, string? group, string? mention, bool reviewed)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.TopicList, understanding.Intent);
        Assert.Equal(group, understanding.Filter?.Category);
        Assert.Equal(mention, understanding.Filter?.Mention);
        Assert.Equal(reviewed, understanding.Filter?.Reviewed ?? false);
    }

    [Theory]
    [InlineData("is the partnership unsighted on child sexual exploitation")]
    [InlineData("what could be done about violence with injury according to the scanning table")]
    public void AQuestionAboutOneTopic_IsNotATopicList(string question)
    {
        Assert.NotEqual(Intent.TopicList, _recognizer.Recognize(question).Intent);
    }

    [Theory]
    [InlineData("how many people were killed or seriously injured in 2017", "ksi", Intent.Glossary)]
    [InlineData("KSI figures please", "ksi", Intent.Glossary)]
    [InlineData("what percentage of pupils watched Chelsea's Choice", "chelseas-choice", Intent.Glossary)]
    [InlineData("how many organised crime groups operate in the city", "ocg", Intent.Glossary)]
    [InlineData("how many men signed up to the White Ribbon Campaign", "3.1", Intent.Priority)]
    public void AFigureOfSomethingTheAssessmentNamesButDoesNotCount_IsNotCovered_WithWhatItHas(string question, string subject, Intent card)
    {
        var understanding = _recognizer.Recognize(question);

        Assert.Equal(Intent.NotCovered, understanding.Intent);
        Assert.Equal(subject, understanding.Topic);
        Assert.Equal(card, understanding.Asked);
    }

    [Theory]
    [InlineData("what does KSI stand for")]
    [InlineData("what went up the most")]
    [InlineData("what is our MSG rank on shoplifting")]
    [InlineData("what percentage of adults does the crime survey say were victims")]
    [InlineData("how many businesses did the CVS cover")]
    public void AMeasureOrADefinition_IsNotTheNoFigureAnswer(string question)
    {
        Assert.NotEqual(Intent.NotCovered, _recognizer.Recognize(question).Intent);
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
