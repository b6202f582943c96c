using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Cards.Help;
using SafetyBot.Dialogs.Replies;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>The assessment evaluation's own rules: reading the files, normalising answers, and the contract of each kind of answer.</summary>
public sealed class AnswerJudgeTests
{
    private static readonly string[] Sample =
    [
        "id\tconversation\tquestion\tfamily\texpect\tmust_contain\tmust_not_contain\tnote",
        "s1\tc1\thow has shoplifting changed\tfigure-change\tfigure\t1295 | 33%\t647\tsample",
        "s2\t-\trobbery figures?\tno-figure\tno-figure\trobber\t-\tsample",
        "s3\tc1\twhy?\tfollow-up\tprose\t-\t-\tsample",
    ];

    [Fact]
    public void Parse_ReadsItems_AndKeepsChainTurnsTogetherInOrder()
    {
        var questions = AssessmentQuestion.Parse(Sample, "sample");

        Assert.Equal(["1295", "33%"], questions[0].MustContain);
        Assert.Equal(["647"], questions[0].MustNotContain);
        Assert.Empty(questions[2].MustContain);
        var conversations = AssessmentQuestion.Conversations(questions);
        Assert.Equal(2, conversations.Count);
        Assert.Equal(["s1", "s3"], conversations[0].Select(q => q.Id));
        Assert.Equal(["s2"], conversations[1].Select(q => q.Id));
    }

    [Fact]
    public void Parse_RefusesAWrongHeader_AMissingColumn_AndAnUnknownExpect()
    {
        Assert.Throws<FormatException>(() => AssessmentQuestion.Parse(["id\tquestion", .. Sample[1..]], "sample"));
        Assert.Throws<FormatException>(() => AssessmentQuestion.Parse([Sample[0], "s1\t-\tq\tfamily\tfigure\t-\t-"], "sample"));
        Assert.Throws<FormatException>(() => AssessmentQuestion.Parse([Sample[0], "s1\t-\tq\tfamily\tnumber\t-\t-\tnote"], "sample"));
    }

    [Fact]
    public void Normalize_FoldsCaseSeparatorsDashesQuotesEmphasisAndSpaces()
    {
        Assert.Equal("1234567 up 193 (43%) - it's \"above\" the average", AnswerText.Normalize("1,234,567  UP 193 (43%) \u2013 it\u2019s \u201c**above**\u201d the\naverage"));
        Assert.Equal("2017,2018 and 1,23", AnswerText.Normalize("2017,2018 and 1,23"));
        Assert.Equal("q2 2017", AnswerText.Normalize("\uFF31\uFF12\u00A02017"));
    }

    [Fact]
    public void Contains_MatchesNumbersWhole()
    {
        var text = AnswerText.Normalize("Dwelling burglary, 2017: 1,647 crimes; rate 3.73; 647.5; 33%");

        Assert.True(AnswerText.Contains(text, "1,647"));
        Assert.True(AnswerText.Contains(text, "3.73"));
        Assert.True(AnswerText.Contains(text, "Dwelling Burglary"));
        Assert.True(AnswerText.Contains(text, "33%"));
        Assert.False(AnswerText.Contains(text, "647"));
        Assert.False(AnswerText.Contains(text, "3.7"));
        Assert.False(AnswerText.Contains(text, "201"));
    }

    [Fact]
    public void Contains_FindsASignedChange_AsPrinted_OrWrittenOut()
    {
        var text = AnswerText.Normalize("Dwelling burglary, 2017: 647 crimes, up 193 (43%). Violence with injury down 28; shoplifting +323.");
        Assert.True(AnswerText.Contains(text, "+193"));
        Assert.True(AnswerText.Contains(text, "-28"));
        Assert.True(AnswerText.Contains(text, "\u2212" + "28"));
        Assert.True(AnswerText.Contains(text, "+323"));
        Assert.False(AnswerText.Contains(text, "-193"));
        Assert.False(AnswerText.Contains(text, "+28"));
        Assert.False(AnswerText.Contains(text, "+19"));
    }

    [Fact]
    public void Text_IsEveryActivityTextAndEveryCardString_ButNotLayout()
    {
        var text = AnswerText.Of([Reply("Dwelling burglary: 647.", Card(("TextBlock", "Ranked 7 of 15")))]);

        Assert.Contains("dwelling burglary: 647.", text, StringComparison.Ordinal);
        Assert.Contains("ranked 7 of 15", text, StringComparison.Ordinal);
        Assert.DoesNotContain("textblock", text, StringComparison.Ordinal);
        Assert.DoesNotContain("adaptivecard", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_PassesWithEveryItem_AndFailsOnAMissingOrAWrongOne()
    {
        var question = AssessmentQuestion.Parse(Sample, "sample")[0];

        Assert.True(AnswerJudge.Judge(question, [Reply("Shoplifting, 2017: 1,295 crimes, up 323 (33%) on the previous year.")]).Passed);
        Assert.False(AnswerJudge.Judge(question, [Reply("Shoplifting, 2017: 1,295 crimes.")]).Passed);
        Assert.False(AnswerJudge.Judge(question, [Reply("1,295 crimes (33%); dwelling burglary 647")]).Passed);
    }

    [Fact]
    public void Figure_TheCantAnswerCard_Fails()
    {
        var question = AssessmentQuestion.Parse(Sample, "sample")[2];

        var verdict = AnswerJudge.Judge(question, [(Activity)ReplyFactory.Card(HelpCardBuilder.NotUnderstood())]);

        Assert.False(verdict.Passed);
        Assert.Contains("says it can't answer", verdict.Problems);
    }

    [Fact]
    public void NoFigure_SayingSo_Passes_ButAnotherTopicsFigureCardFails()
    {
        var question = AssessmentQuestion.Parse(Sample, "sample")[1];

        Assert.True(AnswerJudge.Judge(question, [Reply("The assessment has no figure for robbery. It has dwelling burglary and personal theft.")]).Passed);
        Assert.False(AnswerJudge.Judge(question, [Reply("Robbery: I don't know.")]).Passed);
        var neighbour = Reply("The assessment has no figure for robbery.", Card(("TextBlock", "Dwelling burglary"), ("Figure", "647")));
        var verdict = AnswerJudge.Judge(question, [neighbour]);
        Assert.False(verdict.Passed);
        Assert.Contains("shows figures: Dwelling burglary", verdict.Problems);
    }

    [Fact]
    public void NoFigure_TheAskedTopicsCardStatingItsOwnGap_Passes()
    {
        var question = AssessmentQuestion.Parse([Sample[0], "s4\t-\tburglary in 2014\tno-figure\tno-figure\t2014\t-\tsample"], "sample")[0];
        var card = Card(("TextBlock", "Dwelling burglary"), ("TextBlock", "The assessment has no dwelling burglary figure for 2014. Its latest is shown."), ("Figure", "647"));

        Assert.True(AnswerJudge.Judge(question, [Reply("Dwelling burglary, 2017: 647 crimes.", card)]).Passed);
    }

    [Fact]
    public void OutOfScope_TheCantAnswerCardAndSmallTalkPass_AFigureCardFails()
    {
        var question = AssessmentQuestion.Parse([Sample[0], "s5\t-\twhat's the weather\tout-of-scope\tout-of-scope\t-\t-\tsample"], "sample")[0];

        Assert.True(AnswerJudge.Judge(question, [(Activity)ReplyFactory.Card(HelpCardBuilder.NotUnderstood())]).Passed);
        Assert.True(AnswerJudge.Judge(question, [(Activity)ReplyFactory.Card(HelpCardBuilder.Welcome("Mo"))]).Passed);
        Assert.True(AnswerJudge.Judge(question, [(Activity)ReplyFactory.Card(HelpCardBuilder.Help())]).Passed);
        Assert.False(AnswerJudge.Judge(question, [Reply("Sunny, 21 degrees.")]).Passed);
        Assert.False(AnswerJudge.Judge(question, [Reply("Sorry, I can't answer that.", Card(("TextBlock", "Shoplifting"), ("Figure", "1,295")))]).Passed);
    }

    [Fact]
    public void FigureCard_IsAHeadlineFigure_AFactSetOfFigures_ATableOfFigures_OrAChart()
    {
        Assert.True(AnswerJudge.IsFigureCard(Card(("Figure", "647"))));
        Assert.True(AnswerJudge.IsFigureCard(Card(("Facts", "3.73 per 1,000 households"))));
        Assert.True(AnswerJudge.IsFigureCard(JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"Table","rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"116"}]}]}]}]}""")));
        Assert.True(AnswerJudge.IsFigureCard(JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"Chart.Line","data":[]}]}""")));
        Assert.False(AnswerJudge.IsFigureCard(Card(("TextBlock", "Priority 1: 2018/19"), ("Facts", "Cambridgeshire Constabulary"))));
        Assert.False(AnswerJudge.IsFigureCard(JObject.Parse(((Newtonsoft.Json.Linq.JRaw)ReplyFactory.Card(HelpCardBuilder.NotUnderstood()).Attachments[0].Content).Value!.ToString()!)));
    }

    private static Activity Reply(string text, JObject? card = null)
    {
        var reply = new Activity(ActivityTypes.Message, text: text);
        if (card is not null)
        {
            reply.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: card)];
        }

        return reply;
    }

    /// <summary>A card of TextBlocks ("TextBlock"), a headline figure ("Figure") and one-fact FactSets ("Facts").</summary>
    private static JObject Card(params (string Kind, string Text)[] elements) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(elements.Select(e => e.Kind switch
        {
            "Figure" => new JObject { ["type"] = "TextBlock", ["text"] = e.Text, ["size"] = "ExtraLarge" },
            "Facts" => new JObject { ["type"] = "FactSet", ["facts"] = new JArray(new JObject { ["title"] = "Fact", ["value"] = e.Text }) },
            _ => new JObject { ["type"] = "TextBlock", ["text"] = e.Text },
        })),
    };
}
