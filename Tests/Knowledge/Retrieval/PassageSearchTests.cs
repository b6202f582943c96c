using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Tests.Knowledge.Retrieval;

/// <summary>
/// Prose questions members ask, answered from the assessment's own words held in the seeded store
/// (a real LiteDB file): the right passage, the best sentence quoted, and nothing for what the
/// assessment does not cover.
/// </summary>
public sealed class PassageSearchTests(SeededPassages passages) : IClassFixture<SeededPassages>
{
    private PassageResult Ask(string text, PassageAspect aspect = PassageAspect.General, string? topic = null) =>
        passages.Search.Search(new PassageQuery(text, topic, aspect));

    [Fact]
    public void Search_WhyIsShopliftingUp_FindsTheShopliftingTrendAndSaysItGivesNoReason()
    {
        var result = Ask("why is shoplifting up", PassageAspect.Why);

        var best = Assert.IsType<PassageHit>(result.Best);
        Assert.Contains("shoplifting", best.Passage.IndicatorIds);
        Assert.Contains(best.Passage.Kind, new[] { PassageKind.Trend, PassageKind.Context });
        Assert.Contains("increase", string.Join(" ", best.BestSentences), StringComparison.OrdinalIgnoreCase);
        Assert.False(best.AspectMatched);
    }

    [Theory]
    [InlineData("what are the ASB keywords")]
    [InlineData("What are the keywords used in the street life ASB analysis?")]
    [InlineData("which keywords were used for street life")]
    public void Search_WhichKeywords_QuotesTheNoteThatListsThem_NotATrendThatOnlyNamesThem(string question)
    {
        var best = Assert.IsType<PassageHit>(Ask(question, PassageAspect.Definition, "asb-street-life-keywords").Best);

        Assert.Equal("narrative:p3-1718-keywords-definition", best.Passage.Id);
        Assert.Contains("abusive language", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhyKnifeCrimeIsRising_QuotesTheReasonTheAssessmentGives()
    {
        var best = Assert.IsType<PassageHit>(Ask("why is knife crime rising", PassageAspect.Why).Best);

        Assert.Contains("weapon-involved", best.Passage.IndicatorIds);
        Assert.True(best.AspectMatched);
        Assert.Contains("main driver is a genuine increase in knife crime", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhoLeadsOnCountyLines_NamesCambridgeshireConstabulary()
    {
        var best = Assert.IsType<PassageHit>(Ask("who leads on county lines", PassageAspect.WhoLeads).Best);

        Assert.Equal(PassageKind.Intervention, best.Passage.Kind);
        Assert.Contains("1.1", best.Passage.ProgrammeCodes);
        Assert.True(best.AspectMatched);
        Assert.StartsWith("Cambridgeshire Constabulary continues to lead on tackling County Lines", best.BestSentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhenWasWhiteRibbonAccreditation_Quotes14February2017()
    {
        var result = Ask("when was White Ribbon accreditation", PassageAspect.When);

        var best = Assert.IsType<PassageHit>(result.Best);
        Assert.Contains("February 2017", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
        Assert.Contains(best.Passage.ProgrammeCodes, code => code == "3.1");
        Assert.All(result.Hits, hit => Assert.Contains("February 2017", string.Join(" ", hit.BestSentences), StringComparison.Ordinal));
    }

    [Fact]
    public void Search_WhatKeywordsWereUsedForStreetLife_QuotesTheKeywordsFootnote()
    {
        var best = Assert.IsType<PassageHit>(Ask("what keywords were used for street life", PassageAspect.Definition).Best);

        Assert.Equal("narrative:p3-1718-keywords-definition", best.Passage.Id);
        Assert.Equal(PassageKind.Note, best.Passage.Kind);
        Assert.Equal(["The keywords include homeless, abusive language, drunk, begging, and alcohol."], best.BestSentences);
        Assert.Equal(7, best.Passage.Provenance.Footnote);
    }

    [Fact]
    public void Search_WhoWroteTheAssessment_NamesTheCambridgeshireResearchGroup()
    {
        var best = Assert.IsType<PassageHit>(Ask("who wrote the assessment", PassageAspect.Author).Best);

        Assert.Equal("narrative:scanning-purpose", best.Passage.Id);
        Assert.Contains(best.BestSentences, s => s.StartsWith("The Cambridgeshire Research Group has reviewed", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_WhatDoesTheCrimeSurveySayAboutDomesticAbuse_QuotesTheShareOfFemalesAndMales()
    {
        var best = Assert.IsType<PassageHit>(Ask("what does the crime survey say about domestic abuse", PassageAspect.Survey).Best);

        Assert.Contains("around 7.5% of all females and 4.3% of all males", best.BestSentences[0], StringComparison.Ordinal);
        Assert.Equal(10, best.Passage.Provenance.Footnote);
    }

    [Fact]
    public void Search_TableNote_AnswersWhatTheBracketsMean()
    {
        var best = Assert.IsType<PassageHit>(Ask("what do the figures in brackets mean", PassageAspect.Definition).Best);

        Assert.Equal(["Figures in brackets for 2016/17"], best.BestSentences);
        Assert.Contains("violence-without-injury", best.Passage.IndicatorIds);
        Assert.Equal("2017/18 by quarter (2016/17 in brackets)", best.Passage.Period);
    }

    [Fact]
    public void Search_AbbreviationOfATopic_FindsPassagesWritingItInFull()
    {
        var best = Assert.IsType<PassageHit>(Ask("what are RTCs doing").Best);

        Assert.Contains("road-safety", best.Passage.IndicatorIds);
        Assert.Contains("collisions", string.Join(" ", best.BestSentences), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_WhyAsAFollowUpOnATopic_QuotesThatTopicsCausalSentence()
    {
        var result = Ask("why?", PassageAspect.Why, "violence-against-the-person");

        var best = Assert.IsType<PassageHit>(result.Best);
        Assert.Equal("narrative:violence-against-the-person-context", best.Passage.Id);
        Assert.True(best.AspectMatched);
        Assert.Equal(["Most of this volume increase was thought to result from better recording practices."], best.BestSentences);
    }

    [Fact]
    public void Search_WithATopic_ReturnsOnlyPassagesFiledUnderIt()
    {
        var result = Ask("what does it say about recording", PassageAspect.General, "sexual-offences");

        Assert.True(result.Found);
        Assert.All(result.Hits, hit => Assert.Contains("sexual-offences", hit.Passage.IndicatorIds));
    }

    [Fact]
    public void Search_WhoLeadsAsAFollowUp_OnAProgrammeNamesItsLead_AndOnATopicWithoutOneFindsNothing()
    {
        var programme = Ask("who leads it?", PassageAspect.WhoLeads, "1.1");
        var shoplifting = Ask("who leads it?", PassageAspect.WhoLeads, "shoplifting");

        Assert.Contains("Cambridgeshire Constabulary", programme.Best!.BestSentences[0], StringComparison.Ordinal);
        Assert.False(shoplifting.Found);
    }

    [Fact]
    public void Search_TopicTheStoreDoesNotKnow_SearchesEverything()
    {
        var result = Ask("who leads on county lines", PassageAspect.WhoLeads, "no-such-topic");

        Assert.Contains("Cambridgeshire Constabulary", result.Best!.BestSentences[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the weather", PassageAspect.General)]
    [InlineData("who won the football", PassageAspect.General)]
    [InlineData("how do I reset my password", PassageAspect.General)]
    [InlineData("what's the weather like in Cambridge", PassageAspect.General)]
    [InlineData("why is the sky blue", PassageAspect.Why)]
    [InlineData("who is the prime minister", PassageAspect.WhoLeads)]
    [InlineData("when does the library open", PassageAspect.When)]
    [InlineData("what is the meaning of life", PassageAspect.Definition)]
    [InlineData("", PassageAspect.General)]
    [InlineData("why?", PassageAspect.Why)]
    public void Search_QuestionTheAssessmentDoesNotAnswer_FindsNothing(string question, PassageAspect aspect)
    {
        var result = Ask(question, aspect);

        Assert.False(result.Found);
        Assert.Null(result.Best);
    }

    [Fact]
    public void Search_BestSentences_AreTheAssessmentsOwnWordsAndInTheirOrder()
    {
        var result = Ask("why has violence against the person gone up", PassageAspect.Why);

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
        {
            Assert.InRange(hit.BestSentences.Count, 1, 2);
            var positions = hit.BestSentences.Select(s => hit.Passage.Text.IndexOf(s, StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p >= 0));
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public void Search_ListInASentence_IsNotCutAtItsNumbers()
    {
        var recommendation = passages.Search.Passages().Single(p => p.Id == "narrative:recommendation-priorities");

        Assert.Single(recommendation.Sentences);
    }

    [Fact]
    public void Passages_HoldEveryPassageOfTheAssessmentInTheStore()
    {
        var ids = passages.Search.Passages().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "narrative:finding-ons-quote", "narrative:emerging-asb", "narrative:recommendation-leads-and-outcomes",
            "narrative:shoplifting-trend", "narrative:shoplifting-context", "narrative:cybercrime-opportunities", "narrative:caveat-footnote-6",
            "narrative:scanning-purpose", "narrative:p1-1718-vap-table-brackets", "narrative:p2-1718-footnote-5", "narrative:weapon-involved-footnote-8",
            "narrative:p3-1718-street-life-table-caption", "narrative:scanning-column-headings",
            "priority:2018/19-1", "programme:3.1", "intervention:2017/18-1:1", "intervention:2017/18-2:5", "outcome:2017/18-3:1",
            "date:white-ribbon-accreditation", "source:rac-stolen-vehicles-2017",
        ];
        Assert.All(expected, id => Assert.Contains(id, ids));
        Assert.Equal(ids.Count, passages.Search.Passages().Count);
        Assert.All(Enum.GetValues<PassageKind>(), kind => Assert.Contains(passages.Search.Passages(), p => p.Kind == kind));
    }

    [Fact]
    public void Passages_SaySoWhenTheyAreNotTheAssessmentsWords()
    {
        var all = passages.Search.Passages();

        Assert.All(all.Where(p => p.Kind is PassageKind.Caveat or PassageKind.KeyDate or PassageKind.Source), p => Assert.False(p.IsVerbatim));
        Assert.All(all.Where(p => p.Kind is PassageKind.Trend or PassageKind.Context or PassageKind.Note or PassageKind.Intervention), p => Assert.True(p.IsVerbatim));
    }

    [Fact]
    public void Passages_CarryTheirSectionPeriodAndDocument()
    {
        var intervention = passages.Search.Passages().Single(p => p.Id == "intervention:2017/18-2:4");

        Assert.Equal("Section 2: Review of Priorities – Priority 2: Domestic abuse – Interventions", intervention.Section);
        Assert.Equal("2017/18", intervention.Period);
        Assert.StartsWith("Community Safety Strategic Assessment End of Year Review", intervention.Document, StringComparison.Ordinal);
        Assert.Equal(["3.1"], intervention.ProgrammeCodes);
    }

    [Fact]
    public void Search_WhatIsDrivingTheNationalRiseInHateCrime_QuotesTheReasonsNotOnlyTheTrend()
    {
        var best = Assert.IsType<PassageHit>(Ask("what is driving the national rise in hate crime", PassageAspect.Why, "hate-crime").Best);

        Assert.Equal("narrative:hate-crime-context", best.Passage.Id);
        Assert.True(best.AspectMatched);
        Assert.Contains("genuine rise", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhyMoreSexualOffencesWereRecorded_PrefersThePassageGivingTheReasons_WithTheSentenceItsReasonPointsBackTo()
    {
        var best = Assert.IsType<PassageHit>(Ask("how come more sexual offences were recorded", PassageAspect.Why, "sexual-offences").Best);

        Assert.Equal("narrative:sexual-offences-context", best.Passage.Id);
        Assert.Contains(best.BestSentences, s => s.StartsWith("Therefore", StringComparison.Ordinal));
        Assert.Contains(best.BestSentences, s => s.Contains("non-recent", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_AQuotationTheBestSentenceOpens_IsQuotedToItsEnd()
    {
        var best = Assert.IsType<PassageHit>(Ask("why are more cars stolen according to the RAC", PassageAspect.Why, "vehicle-crime").Best);

        var quote = string.Join(" ", best.BestSentences);
        Assert.Contains("The RAC has reported", quote, StringComparison.Ordinal);
        Assert.Contains("anti-theft systems.\"", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TheCrimeSurveyOnAsb_QuotesItsRangeFromTheAsbPassage()
    {
        var best = Assert.IsType<PassageHit>(Ask("what share of people said they had experienced ASB in the crime survey", PassageAspect.Survey, "asb").Best);

        Assert.Equal("narrative:asb-context", best.Passage.Id);
        Assert.Contains("27-31%", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is that the true extent", "cybercrime", "underreporting")]
    [InlineData("is there anything about ANPR", "road-safety", "number plate recognition")]
    [InlineData("where do the victims come from", "modern-slavery", "eastern Europe")]
    public void Search_AFollowUpWithinTheConversationsTopic_FindsTheSentenceItAsksAbout(string question, string topic, string expected)
    {
        var best = Assert.IsType<PassageHit>(Ask(question, PassageAspect.General, topic).Best);

        Assert.Contains(expected, string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhyIsItAConcern_WithinCybercrime_QuotesCybercrimesOwnConcernNotARelatedFinding()
    {
        var best = Assert.IsType<PassageHit>(Ask("why is it a worry?", PassageAspect.Why, "cybercrime").Best);

        Assert.Equal("narrative:cybercrime-context", best.Passage.Id);
    }

    [Theory]
    [InlineData("who checked the data behind this document")]
    [InlineData("who wrote this assessment")]
    public void Search_WhoReviewedOrWroteIt_NamesTheResearchGroup(string question)
    {
        var best = Assert.IsType<PassageHit>(Ask(question, PassageAspect.Author).Best);

        Assert.Equal("narrative:scanning-purpose", best.Passage.Id);
    }

    [Fact]
    public void Search_AWeakAnswerWithinATopic_GivesWayToAPassageElsewhereHoldingTheWholeQuestion()
    {
        var best = Assert.IsType<PassageHit>(Ask("how many residents could be victims of abuse in the crime survey", PassageAspect.Survey, "population").Best);

        Assert.Equal("narrative:domestic-abuse-trend", best.Passage.Id);
        Assert.Contains("3,000 residents", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_HowLongSomethingHasBeenFunded_AnswersWithTheYearItIsIn()
    {
        var best = Assert.IsType<PassageHit>(Ask("for how long has the partnership paid for projects in secondary schools", PassageAspect.When).Best);

        Assert.True(best.AspectMatched);
        Assert.Contains("third year", string.Join(" ", best.BestSentences), StringComparison.Ordinal);
    }
}
