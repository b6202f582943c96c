using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SafetyBot.Bot.Adapter;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Security;

/// <summary>Hostile and odd input through /api/messages of the running app: refused cleanly or answered, never a 500 or a hang.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public BadInputTests()
    {
        _host = new BotHost(_folder.File("bad-input.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(65)]
    [InlineData(1_000)]
    [InlineData(40_000)]
    public async Task JsonNestedDeeperThan64_Gets400(int depth)
    {
        var (status, _) = await PostRawAsync(WithNestedValue(depth));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task JsonNestedJustUnderTheCap_IsAccepted()
    {
        // The activity object is depth 1 and "value" adds one more: 60 nested arrays inside stay under 64.
        var (status, _) = await PostRawAsync(WithNestedValue(60));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(40)]
    public async Task JsonCutOffPartWay_Gets400SayingItIsNotValidJson_NotThatItIsTooDeep(int nestedArrays)
    {
        var whole = WithNestedValue(nestedArrays);
        var (status, body) = await PostRawAsync(whole[..(whole.Length / 2)]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", body, StringComparison.Ordinal);
        Assert.DoesNotContain("deeper", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonNestedDeeperThan64_SaysSo()
    {
        var (_, body) = await PostRawAsync(WithNestedValue(65));

        Assert.Contains("nested deeper than 64", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("% unsubscribe")]
    [InlineData("/relative/path")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("true")]
    public async Task MissingOrMalformedServiceUrl_Gets400(string? serviceUrl)
    {
        var json = JObject.FromObject(Activities.Message("hello", TestUser.Member));
        json["deliveryMode"] = DeliveryModes.ExpectReplies;
        json["serviceUrl"] = serviceUrl == "true" ? new JValue(true) : serviceUrl is null ? null : new JValue(serviceUrl);
        if (serviceUrl is null)
        {
            json.Remove("serviceUrl");
        }

        var (status, _) = await PostRawAsync(json.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("timestamp", "2026-01-01T00:00:00+14:01")]
    [InlineData("localTimestamp", "2026-01-01T00:00:00-14:01")]
    [InlineData("expiration", "2026-01-01T00:00:00+23:59")]
    [InlineData("TimeStamp", "2026-01-01T00:00:00+99:99")]
    [InlineData("expiration", "not a date")]
    [InlineData("timestamp", 20260101)]
    public async Task DateTimeTheActivityCannotHold_Gets400WithAShortReason_AndChangesNothing(string field, object value)
    {
        var json = JObject.FromObject(Activities.Message("how many herons nest on Midsummer Common", TestUser.Member, "dates"));
        json["deliveryMode"] = DeliveryModes.ExpectReplies;
        json[field] = new JValue(value);

        var (status, body) = await PostRawAsync(json.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("date", body, StringComparison.Ordinal);
        Assert.True(body.Length < 100, body);
        Assert.DoesNotContain(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(100), q => q.Text.Contains("herons", StringComparison.Ordinal));
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("timestamp", "2026-01-01T00:00:00+14:00")]
    [InlineData("localTimestamp", "2026-01-01T00:00:00-14:00")]
    [InlineData("localTimestamp", "2026-01-01T09:30:00.1234567+05:30")]
    [InlineData("expiration", "2026-01-01T00:00:00Z")]
    public async Task DateTimeWithAnOffsetUpTo14Hours_IsAnswered(string field, string value)
    {
        var json = JObject.FromObject(Activities.Message("hello", TestUser.Member, "dates-ok"));
        json["deliveryMode"] = DeliveryModes.ExpectReplies;
        json[field] = value;

        var (status, body) = await PostRawAsync(json.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Hello Mo!", Assert.Single(JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no channelId")]
    [InlineData("blank channelId")]
    [InlineData("channelId not a string")]
    [InlineData("no conversation")]
    [InlineData("conversation not an object")]
    [InlineData("conversation without an id")]
    [InlineData("blank conversation id")]
    [InlineData("an id only outside the conversation")]
    public async Task MissingChannelIdOrConversationId_Gets400_AndNoTurnRuns(string how)
    {
        var json = JObject.FromObject(Activities.Message("hello", TestUser.Member, "no-conversation"));
        json["deliveryMode"] = DeliveryModes.ExpectReplies;
        var conversation = (JObject)json["conversation"]!;
        switch (how)
        {
            case "no channelId": json.Remove("channelId"); break;
            case "blank channelId": json["channelId"] = " "; break;
            case "channelId not a string": json["channelId"] = new JObject { ["id"] = "msteams" }; break;
            case "no conversation": json.Remove("conversation"); break;
            case "conversation not an object": json["conversation"] = "no-conversation"; break;
            case "conversation without an id": conversation.Remove("id"); break;
            case "blank conversation id": conversation["id"] = string.Empty; break;
            case "an id only outside the conversation": conversation.Remove("id"); conversation["tenant"] = new JObject { ["id"] = "no-conversation" }; break;
            default: throw new ArgumentOutOfRangeException(nameof(how));
        }

        var (status, body) = await PostRawAsync(json.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain(SafetyBotAdapter.ApologyText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageWithNoText_IsAnsweredWithoutAnApology()
    {
        var replies = await _host.SendAsync(Activities.Message(null!, TestUser.Member));

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, r => r.Text == SafetyBotAdapter.ApologyText);
    }

    [Theory]
    [InlineData("burglary ")]
    [InlineData("shoplifting rose 2016/17 to 2017/18 犯罪统计 in April 2017 家庭暴力 ")]
    [InlineData("犯罪")]
    [InlineData("<at>burglary ")]
    public async Task HugeTextJustUnderTheBodyCap_IsAskedForOneShortQuestion_AndNothingRecorded(string piece)
    {
        const string conversation = "huge-text";
        Assert.Contains("Shoplifting", Replies.Said(await _host.SayAsync("how has shoplifting changed", TestUser.Member, conversation)), StringComparison.Ordinal);
        var activity = Activities.Message(string.Empty, TestUser.Member, conversation);
        var room = (128 * 1024) - Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity)) - 64;
        activity.Text = string.Concat(Enumerable.Repeat(piece, room / Encoding.UTF8.GetByteCount(piece)));

        var replies = await _host.SendAsync(activity);

        Assert.StartsWith("That's a long message", Assert.Single(replies).Text, StringComparison.Ordinal);
        AssertCardsAreValid(replies);
        Assert.Empty(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(10));

        // The conversation goes on: a follow-up still knows the topic.
        Assert.Contains("Shoplifting", Replies.Said(await _host.SayAsync("and how does that compare with similar areas?", TestUser.Member, conversation)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dwelling burglary between 2014 and 2017 in April 2016 犯罪 since 2012 ")]
    [InlineData("dwelling burglary burglery dwelling brglary ")]
    public async Task QuestionAtTheLengthLimit_IsRecognisedAndAnswered(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 100))[..IntentRecognizer.MaxTextLength];

        var said = Replies.Said(await _host.SayAsync(text, TestUser.Member, "at-the-limit"));

        Assert.DoesNotContain(SafetyBotAdapter.ApologyText, said, StringComparison.Ordinal);
        Assert.DoesNotContain("That's a long message", said, StringComparison.Ordinal);
        Assert.Contains("Dwelling burglary", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongPoliteQuestion_IsStillAnswered()
    {
        var question = "Good morning SafetyBot, I hope you are well. I am preparing a briefing for the partnership board next week " +
            "and the chair has asked me to include the latest picture, so could you please tell me how dwelling burglary has " +
            "changed compared with the previous year? Many thanks in advance for your help with this.";

        var said = Replies.Said(await _host.SayAsync(question, TestUser.Member, "long-polite"));

        Assert.Contains("Dwelling burglary", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0000\u0001\u0002\u001b[31mhello\u007f")]
    [InlineData("hello\u200b\u200e\ufeff\u2028\u2029")]
    [InlineData("\ud800 lone surrogate burglary")]
    [InlineData("how has dwelling burglary changed\r\n\r\n\t\t")]
    public async Task ControlCharacters_AreAnsweredWithValidCards(string text)
    {
        var replies = await _host.SayAsync(text);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, r => r.Text == SafetyBotAdapter.ApologyText);
        AssertCardsAreValid(replies);
    }

    [Theory]
    [InlineData("\"}]}],\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"Image\",\"url\":\"https://evil.example/x.png\"}]}")]
    [InlineData("**bold** _it_ [link](https://evil.example) ![img](https://evil.example/x.png) # heading\n- list\n1. one")]
    [InlineData("<at>SafetyBot</at> <script>alert(1)</script> <b>x</b> &amp; &#x27;")]
    [InlineData("{{DATE(2017-01-01T00:00:00Z, SHORT)}} ${$root.secret} {{TIME(x)}}")]
    [InlineData("what about \\\"quotes\\\" and 'apostrophes' and `code` and | tables | here |")]
    [InlineData("how has **dwelling burglary** changed? [click](javascript:alert(1))")]
    public async Task MarkdownAndCardBreakingCharacters_AreAnsweredWithoutBreakingTheCard(string text)
    {
        var replies = await _host.SayAsync(text);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, r => r.Text == SafetyBotAdapter.ApologyText);
        AssertCardsAreValid(replies);
        foreach (var card in replies.SelectMany(r => r.Attachments ?? []).Select(a => Replies.Json(a.Content)))
        {
            Assert.DoesNotContain(card.Descendants().OfType<JObject>(), o => (string?)o["url"] is { } url && url.Contains("evil.example", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("endOfConversation")]
    [InlineData("messageReaction")]
    [InlineData("messageUpdate")]
    [InlineData("messageDelete")]
    [InlineData("trace")]
    [InlineData("handoff")]
    [InlineData("command")]
    [InlineData("no-such-type")]
    [InlineData("MESSAGE")]
    public async Task UnknownOrUnusualActivityTypes_Get200(string type)
    {
        var (status, _) = await PostAsync(Activities.Base(type, TestUser.Member, "odd-types", text: "hello"));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("no/such/invoke")]
    [InlineData("")]
    [InlineData("composeExtension/query")]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("task/fetch")]
    [InlineData("task/submit")]
    [InlineData("actionableMessage/executeAction")]
    [InlineData("fileConsent/invoke")]
    [InlineData("signin/verifyState")]
    [InlineData("adaptiveCard/action")]
    [InlineData("config/fetch")]
    [InlineData("tab/fetch")]
    public async Task InvokesTheBotDoesNotHandle_GetAProperInvokeResponse_NotAHang(string name)
    {
        var activity = Activities.Base(ActivityTypes.Invoke, TestUser.Member, "invokes", value: new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "nothing" } });
        activity.Name = name;

        // PostAsync gives up after 30 s (a hang guard, not a timed assertion: speed belongs in benchmarks).
        var (status, _) = await PostAsync(activity, expectReplies: false);

        // TeamsActivityHandler answers 501 Not Implemented for an invoke with no handler (and 200
        // for the few it answers itself): the documented invoke response, never a hang.
        Assert.True(status is HttpStatusCode.NotImplemented or HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{name}: {(int)status}");
    }

    [Fact]
    public async Task RedeliveredQuestion_IsProcessedOnce()
    {
        var activity = Activities.Message("how many hedgehogs cross Parker's Piece", TestUser.Member, "redelivery");

        var first = await _host.SendAsync(activity);
        var second = await _host.SendAsync(activity);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        var logged = Assert.Single(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(100), q => q.Text.Contains("hedgehogs", StringComparison.Ordinal));
        Assert.Equal(1, logged.Times);
    }

    private static void AssertCardsAreValid(IEnumerable<Activity> replies)
    {
        foreach (var attachment in replies.SelectMany(r => r.Attachments ?? []))
        {
            var json = JsonConvert.SerializeObject(attachment.Content);
            var card = JObject.Parse(json);
            if (attachment.ContentType == "application/vnd.microsoft.card.adaptive")
            {
                Assert.Equal("AdaptiveCard", (string?)card["type"]);
                Assert.Equal(JTokenType.Array, card["body"]?.Type);
            }
        }
    }

    private async Task AssertStillAnswersAsync() =>
        Assert.StartsWith("Hello Mo!", Assert.Single(await _host.SayAsync("hello")).Text, StringComparison.Ordinal);

    private static string WithNestedValue(int depth)
    {
        var activity = Activities.Message("hello", TestUser.Member);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var json = JsonConvert.SerializeObject(activity);
        var nested = new string('[', depth) + new string(']', depth);
        return json[..^1] + ",\"value\":" + nested + "}";
    }

    private Task<(HttpStatusCode Status, string Body)> PostAsync(Activity activity, bool expectReplies = true)
    {
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null;
        return PostRawAsync(JsonConvert.SerializeObject(activity));
    }

    private async Task<(HttpStatusCode Status, string Body)> PostRawAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _host.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancel.Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancel.Token));
    }
}
