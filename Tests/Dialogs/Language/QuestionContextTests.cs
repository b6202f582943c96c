using Newtonsoft.Json;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>The conversation's last question, as saved in conversation state: typed to read, unchanged on disk.</summary>
public sealed class QuestionContextTests
{
    // The settings LiteDbStorage saves bot state with.
    private static readonly JsonSerializerSettings StateSettings = new() { TypeNameHandling = TypeNameHandling.All };

    [Fact]
    public void StateSavedByTheEarlierVersion_ReadsAsTypedContext()
    {
        const string saved = """
            {"$type":"SafetyBot.Dialogs.Language.QuestionContext, SafetyBot.Dialogs","Intent":"indicator.quarters","Topic":"dwelling-burglary",
             "Period":{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.String, System.Private.CoreLib]], System.Private.CoreLib","fy":"2017/18","quarter":"2"}}
            """;

        var context = Assert.IsType<QuestionContext>(JsonConvert.DeserializeObject<object>(saved, StateSettings));

        Assert.Equal(Intent.Quarters, context.LastIntent);
        Assert.Equal("dwelling-burglary", context.Topic);
        Assert.Equal(new PeriodSlots { FinancialYearStart = 2017, Quarter = 2 }, context.LastPeriod);
    }

    [Fact]
    public void TypedContext_IsSavedInTheEarlierShape()
    {
        var context = new QuestionContext { Topic = "asb", LastIntent = Intent.Series, LastPeriod = new PeriodSlots { FromYear = 2012, ToYear = 2017 } };

        var json = JsonConvert.SerializeObject(context, StateSettings);
        var read = Assert.IsType<QuestionContext>(JsonConvert.DeserializeObject<object>(json, StateSettings));

        Assert.Contains("\"Intent\":\"indicator.series\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\":\"2012\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("LastPeriod", json, StringComparison.Ordinal);
        Assert.Equal(Intent.Series, read.LastIntent);
        Assert.Equal(context.LastPeriod, read.LastPeriod);
    }

    [Fact]
    public void SavedValuesThatDoNotRead_AreNoContext()
    {
        var context = new QuestionContext
        {
            Intent = "indicator.retired",
            Period = new Dictionary<string, string> { ["year"] = "last", ["quarter"] = "9" },
        };

        Assert.Null(context.LastIntent);
        Assert.Equal(PeriodSlots.None, context.LastPeriod);
    }
}
