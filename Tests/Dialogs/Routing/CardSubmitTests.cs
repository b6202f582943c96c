using Newtonsoft.Json.Linq;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Dialogs.Routing;

/// <summary>Card buttons' data read into the same typed understanding as typed questions.</summary>
public sealed class CardSubmitTests
{
    [Fact]
    public void TopicButton_ReadsAsItsIntentAndTopic()
    {
        Assert.True(CardSubmit.TryRead(new JObject { ["verb"] = "indicator.compare", ["topic"] = "dwelling-burglary" }, out var understanding));

        Assert.Equal(Intent.Compare, understanding.Intent);
        Assert.Equal("dwelling-burglary", understanding.Topic);
        Assert.True(understanding.FromCard);
    }

    [Fact]
    public void MoversButton_ReadsItsDirectionAsAFilter()
    {
        Assert.True(CardSubmit.TryRead("""{"verb":"movers","direction":"down"}""", out var understanding));

        Assert.Equal(Intent.Movers, understanding.Intent);
        Assert.Equal(MoveDirection.Down, understanding.Filter?.Direction);
    }

    [Fact]
    public void PeriodFields_ReadAsTheTypedPeriod()
    {
        Assert.True(CardSubmit.TryRead(new JObject { ["verb"] = "indicator.quarters", ["fy"] = "2017/18", ["quarter"] = 3 }, out var understanding));

        Assert.Equal(new PeriodSlots { FinancialYearStart = 2017, Quarter = 3 }, understanding.Period);
        Assert.Equal(Period.FinancialQuarter(2017, 3), understanding.Period.Exact);
    }

    [Fact]
    public void DialogAnswerButton_CarriesItsAnswerAndPrompt()
    {
        Assert.True(CardSubmit.TryRead(new JObject { ["verb"] = "dialog.answer", ["value"] = true, ["promptId"] = "p1" }, out var understanding));

        Assert.Equal(Intent.DialogAnswer, understanding.Intent);
        Assert.Equal(new PromptAnswer("True", "p1"), understanding.Answer);
    }

    [Fact]
    public void VerbSafetyBotDoesNotKnow_IsUnknownFromACard()
    {
        Assert.True(CardSubmit.TryRead(new JObject { ["verb"] = "save-update", ["topic"] = "x" }, out var understanding));

        Assert.Equal(Intent.Unknown, understanding.Intent);
        Assert.True(understanding.FromCard);
    }

    [Fact]
    public void DataWithoutAVerb_IsNotASubmit()
    {
        Assert.False(CardSubmit.TryRead(new JObject { ["topic"] = "asb" }, out _));
        Assert.False(CardSubmit.TryRead("not json", out _));
    }
}
