using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Tests.Security;

/// <summary>
/// Random and malformed <c>/api/messages</c> bodies for <see cref="FuzzTests"/>, from one seed.
/// Every field of the Bot Framework activity schema (and of the accounts, attachments, entities,
/// references and actions inside it) is varied: left out, given a plausible value, an odd one, or
/// a value of the wrong JSON type. Date-times vary their offset (within, at and beyond +-14 hours),
/// format and year; text varies its length in UTF-8 bytes (around 255, 512, 1024 and 4096, and up
/// to tens of kilobytes) and its script (Latin, CJK, Arabic and Hebrew, combining marks, emoji,
/// control characters), so a limit counted in bytes is met by text that is short in characters.
/// </summary>
internal static class FuzzActivities
{
    /// <summary>
    /// The service URL most activities carry: answered (expectReplies) without a Bot Connector. Every
    /// service URL is on loopback, so that nothing is sent off the machine.
    /// </summary>
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private static readonly string[] Words =
    [
        "hello", "help", "how", "has", "dwelling", "burglary", "changed", "log", "an", "update", "on", "track", "skip", "save",
        "cancel", "back", "show", "updates", "for", "1.1-a", "who", "leads", "priority", "county", "lines", "violence", "2017",
        "2016/17", "quarter", "Q3", "subscribe", "unsubscribe", "export", "audit", "%", "per", "1,000", "?", "!", "<at>SafetyBot</at>",
        "show unanswered questions", "since 2014", "year to date",
    ];

    private static readonly string[] Types =
    [
        "message", "message", "message", "message", "message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing",
        "messageReaction", "messageUpdate", "messageDelete", "endOfConversation", "", "x", "Message", "delay", "trace", "handoff", "command",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "composeExtension/query", "composeExtension/fetchTask", "task/fetch", "task/submit", "signin/verifyState",
        "signin/tokenExchange", "fileConsent/invoke", "config/fetch", "config/submit", "tab/fetch", "application/search", "no/such", "", "healthCheck",
    ];

    private static readonly string[] Verbs = ["outcome.log", "help", "indicator", "priority", "save", "back", "leads.assign", "summary.subscribe", "unanswered.show"];

    /// <summary>Every property of a Bot Framework activity, with a generator of its values.</summary>
    private static readonly (string Name, Func<Random, JToken> Value)[] ActivityFields =
    [
        ("type", r => Pick(r, Types)),
        ("id", Id),
        ("timestamp", Date),
        ("localTimestamp", Date),
        ("localTimezone", r => OneOf(r, "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Etc/GMT+12", "Nowhere/Else", string.Empty)),
        ("serviceUrl", Url),
        ("channelId", r => OneOf(r, "msteams", "msteams", "msteams", "emulator", "webchat", "directline", "ase", string.Empty, "MSTEAMS")),
        ("from", Account),
        ("conversation", Conversation),
        ("recipient", Account),
        ("textFormat", r => OneOf(r, "plain", "markdown", "xml", "html")),
        ("attachmentLayout", r => OneOf(r, "list", "carousel", "grid")),
        ("membersAdded", r => ArrayOf(r, Account, 3)),
        ("membersRemoved", r => ArrayOf(r, Account, 3)),
        ("reactionsAdded", r => ArrayOf(r, Reaction, 3)),
        ("reactionsRemoved", r => ArrayOf(r, Reaction, 3)),
        ("topicName", r => Short(r)),
        ("historyDisclosed", r => r.Next(2) == 0),
        ("locale", r => OneOf(r, "en-GB", "en-US", "cy-GB", "ar-SA", "he-IL", "zh-CN", "ja-JP", "hi-IN", "en_GB", "xx", "zz-ZZ-x-private", string.Empty)),
        ("text", r => Text(r)),
        ("speak", r => Short(r)),
        ("inputHint", r => OneOf(r, "acceptingInput", "ignoringInput", "expectingInput")),
        ("summary", r => Short(r)),
        ("suggestedActions", r => new JObject { ["to"] = ArrayOf(r, Id, 3), ["actions"] = ArrayOf(r, CardAction, 4) }),
        ("attachments", r => ArrayOf(r, Attachment, 3)),
        ("entities", r => ArrayOf(r, Entity, 3)),
        ("channelData", ChannelData),
        ("action", r => OneOf(r, "add", "remove", "add-upgrade", "remove-upgrade")),
        ("replyToId", Id),
        ("label", r => Short(r)),
        ("valueType", r => OneOf(r, "application/json", "text/plain", "Microsoft.Bot.Schema.Activity")),
        ("value", Value),
        ("name", r => Pick(r, InvokeNames)),
        ("relatesTo", Reference),
        ("code", r => OneOf(r, "completedSuccessfully", "userCancelled", "botTimedOut", "botIssuedInvalidMessage", "channelFailed", "unknown")),
        ("expiration", Date),
        ("importance", r => OneOf(r, "low", "normal", "high")),
        // Mostly expectReplies: any other mode sends the replies to the (closed) service URL, under Teams' rate limits.
        ("deliveryMode", r => r.Next(5) == 0 ? OneOf(r, "normal", "notification", "ephemeral") : DeliveryModes.ExpectReplies),
        ("listenFor", r => ArrayOf(r, rr => Short(rr), 3)),
        ("textHighlights", r => ArrayOf(r, rr => new JObject { ["text"] = Short(rr), ["occurrence"] = Number(rr) }, 3)),
        ("semanticAction", r => new JObject { ["id"] = Id(r), ["state"] = OneOf(r, "start", "continue", "done"), ["entities"] = new JObject { ["e"] = Entity(r) } }),
        ("callerId", r => OneOf(r, "urn:botframework:azure", "urn:botframework:azureusgov", "urn:botframework:aadappid:5f3c9a1e", "urn:x")),
    ];

    /// <summary>Direction marks, zero-width and control characters, and JSON's own punctuation.</summary>
    private static readonly string[] ControlPieces = ["\u200F", "\u202E", "\u2066", "\u200B", "\uFEFF", "\u0000", "\u001B", "\r\n", "\t", "\"", "\\", "}]"];

    /// <summary>What fills text up to a length in bytes: a script, one piece at a time.</summary>
    private static readonly Func<Random, string>[] Scripts =
    [
        r => Pick(r, Words) + " ",
        r => ((char)r.Next('a', 'z' + 1)).ToString(),
        r => ((char)r.Next(0x4E00, 0x9FA6)).ToString(),                                  // CJK ideographs: 3 bytes
        r => ((char)r.Next(0x0621, 0x064B)).ToString(),                                  // Arabic: 2 bytes, right to left
        r => ((char)r.Next(0x05D0, 0x05EB)).ToString(),                                  // Hebrew: 2 bytes, right to left
        r => "e" + new string((char)r.Next(0x0300, 0x0370), r.Next(1, 8)),               // a letter and combining marks
        r => char.ConvertFromUtf32(r.Next(0x1F300, 0x1F700)),                            // emoji: a surrogate pair, 4 bytes
        r => char.ConvertFromUtf32(0x1F469) + "\u200D" + char.ConvertFromUtf32(0x1F4BB) + "\uFE0F", // a ZWJ sequence
        r => Pick(r, ControlPieces),
        r => ((char)r.Next(0x20, 0x3000)).ToString(),
    ];

    private static readonly int[] ByteLimits = [64, 128, 255, 256, 500, 511, 512, 1000, 1023, 1024, 1025, 2047, 2048, 4095, 4096, 8192];

    /// <summary>The body numbered <paramref name="index"/>, from its own random source.</summary>
    public static FuzzBody Generate(Random random, int index)
    {
        var kind = random.Next(100);
        if (kind < 6)
        {
            return new FuzzBody(index, Garbage(random), false);
        }

        var json = Plausible(random);
        foreach (var (name, value) in ActivityFields)
        {
            // Each field: sometimes left as it is, sometimes varied, sometimes left out or of the wrong JSON type.
            var roll = random.Next(100);
            if (roll < 10)
            {
                json[name] = value(random);
            }
            else if (roll < 11)
            {
                json.Remove(name);
            }
            else if (roll < 12 && kind >= 40)
            {
                json[name] = RandomToken(random, 3);
            }
        }

        var type = (json["type"] as JValue)?.Value as string;
        if (type == ActivityTypes.Invoke && random.Next(3) > 0)
        {
            json.Remove("deliveryMode");
        }

        var text = json.ToString(Formatting.None);
        if (kind is >= 94 and < 97)
        {
            text = text[..random.Next(text.Length)];
        }

        return new FuzzBody(index, text, type == ActivityTypes.Invoke);
    }

    /// <summary>A message, invoke or other activity as Teams sends it, that mostly reaches the bot.</summary>
    private static JObject Plausible(Random random)
    {
        var type = Pick(random, Types);
        var user = random.Next(20);
        var json = new JObject
        {
            ["type"] = type,
            ["id"] = Id(random),
            ["timestamp"] = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JObject { ["id"] = $"29:fuzz-{user}", ["name"] = Short(random), ["aadObjectId"] = $"00000000-0000-0000-0000-{user:000000000000}" },
            ["recipient"] = new JObject { ["id"] = "28:safetybot", ["name"] = "SafetyBot" },
            ["conversation"] = new JObject { ["id"] = $"fuzz-{random.Next(40)}", ["conversationType"] = "personal", ["tenantId"] = Infrastructure.Activities.TenantId },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = Infrastructure.Activities.TenantId } },
            ["locale"] = "en-GB",
            ["deliveryMode"] = DeliveryModes.ExpectReplies,
        };
        switch (type)
        {
            case ActivityTypes.Message:
                json["text"] = Text(random);
                if (random.Next(5) == 0)
                {
                    json["value"] = Value(random);
                }

                break;
            case ActivityTypes.Invoke:
                json["name"] = Pick(random, InvokeNames);
                json["value"] = Value(random);
                break;
            case ActivityTypes.ConversationUpdate:
                json["membersAdded"] = new JArray(new JObject { ["id"] = "28:safetybot", ["name"] = "SafetyBot" });
                break;
        }

        return json;
    }

    /// <summary>
    /// Message text of a length in UTF-8 bytes (not characters), in one script or several: mostly
    /// short, a fifth around byte limits (255, 512, 1024, 4096...), one in a thousand tens of
    /// kilobytes (a long text of words costs the recogniser seconds).
    /// </summary>
    public static string Text(Random random) => Text(random, random.Next(1000) switch
    {
        < 500 => random.Next(0, 64),
        < 800 => random.Next(64, 600),
        < 980 => Pick(random, ByteLimits) + random.Next(-3, 4),
        < 999 => random.Next(600, 8_000),
        _ => random.Next(8_000, 60_000),
    });

    /// <summary>A name, title or label: text of up to 64 bytes, or now and then around a byte limit.</summary>
    private static string Short(Random random) => Text(random, random.Next(20) == 0 ? Pick(random, ByteLimits) : random.Next(0, 65));

    private static string Text(Random random, int bytes)
    {
        var scripts = random.Next(3) == 0 ? Scripts : [Pick(random, Scripts), Scripts[0]];
        var mixed = random.Next(2) == 0;
        var single = Pick(random, scripts);
        var builder = new StringBuilder();
        var count = 0;
        while (count < bytes)
        {
            var piece = (mixed ? Pick(random, scripts) : single)(random);
            count += Encoding.UTF8.GetByteCount(piece);
            builder.Append(piece);
        }

        return builder.ToString();
    }

    /// <summary>A date-time: its offset within, at or beyond +-14 hours, ISO or Microsoft format, any year, or not a date at all.</summary>
    public static JToken Date(Random random)
    {
        var sign = random.Next(2) == 0 ? '+' : '-';
        var fraction = random.Next(3) == 0 ? "." + new string('7', random.Next(1, 10)) : string.Empty;
        var when = $"{random.Next(1, 10_000):0000}-{random.Next(1, 13):00}-{random.Next(1, 29):00}T{random.Next(24):00}:{random.Next(60):00}:{random.Next(60):00}{fraction}";
        return random.Next(12) switch
        {
            0 or 1 => $"{when}{sign}{random.Next(15):00}:{random.Next(60):00}",
            2 => $"{when}{sign}14:00",
            3 => $"{when}{sign}14:{random.Next(1, 60):00}",
            4 => $"{when}{sign}{random.Next(15, 100):00}:{random.Next(100):00}",
            5 => $"{when}Z",
            6 => OneOf(random, "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59.9999999Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z"),
            7 => $"/Date({random.NextInt64(-9_000_000_000_000_000, 9_000_000_000_000_000)}{sign}{random.Next(10_000):0000})/",
            8 => $"/Date({random.NextInt64(-100_000_000_000_000, 300_000_000_000_000)})/",
            9 => RandomToken(random, 1),
            _ => DateTimeOffset.UtcNow.AddMinutes(random.Next(-100_000, 100_000)).ToOffset(TimeSpan.FromMinutes(random.Next(-14 * 60, (14 * 60) + 1))).ToString("o", CultureInfo.InvariantCulture),
        };
    }

    private static JToken Id(Random random) => random.Next(10) switch
    {
        0 => Short(random),
        1 => string.Empty,
        _ => random.Next().ToString("x8", CultureInfo.InvariantCulture) + random.Next().ToString("x8", CultureInfo.InvariantCulture),
    };

    private static JToken Url(Random random) => random.Next(10) switch
    {
        0 => OneOf(random, "http://127.0.0.1:9/a/b?c=d#e", "HTTP://127.0.0.1:9", "http://[::1]:9/"),
        1 => OneOf(random, "ftp://127.0.0.1/", "/relative", "127.0.0.1", "http://", "javascript:alert(1)", string.Empty),
        _ => ServiceUrl,
    };

    private static JToken Number(Random random) => random.Next(3) switch
    {
        0 => random.Next(-3, 5),
        1 => random.NextInt64(long.MinValue, long.MaxValue),
        _ => random.NextDouble() * 1e300,
    };

    private static JObject Account(Random random) => Some(random, new JObject
    {
        ["id"] = OneOf(random, "29:member", "29:lead", "28:safetybot", $"29:fuzz-{random.Next(20)}", string.Empty),
        ["name"] = Short(random),
        ["aadObjectId"] = OneOf(random, "00000000-0000-0000-0000-00000000a001", "not-a-guid", string.Empty),
        ["role"] = OneOf(random, "user", "bot", "skill", "x"),
    });

    private static JObject Conversation(Random random) => Some(random, new JObject
    {
        ["id"] = OneOf(random, $"fuzz-{random.Next(40)}", "19:board@thread.tacv2", string.Empty),
        ["isGroup"] = random.Next(2) == 0,
        ["conversationType"] = OneOf(random, "personal", "groupChat", "channel", "x"),
        ["name"] = Short(random),
        ["aadObjectId"] = OneOf(random, "00000000-0000-0000-0000-00000000a001", string.Empty),
        ["role"] = OneOf(random, "user", "bot"),
        ["tenantId"] = OneOf(random, Infrastructure.Activities.TenantId, "00000000-0000-0000-0000-0000000000t2", string.Empty),
    });

    private static JObject Reaction(Random random) => new() { ["type"] = OneOf(random, "like", "heart", "laugh", "surprised", "sad", "angry", "x") };

    private static JObject CardAction(Random random) => Some(random, new JObject
    {
        ["type"] = OneOf(random, "imBack", "postBack", "messageBack", "openUrl", "invoke", "x"),
        ["title"] = Short(random),
        ["image"] = Url(random),
        ["text"] = Short(random),
        ["displayText"] = Short(random),
        ["value"] = Value(random),
        ["channelData"] = RandomToken(random, 2),
        ["imageAltText"] = Short(random),
    });

    private static JObject Attachment(Random random) => Some(random, new JObject
    {
        ["contentType"] = OneOf(random, "application/vnd.microsoft.card.adaptive", "application/vnd.microsoft.teams.file.download.info", "text/html", "image/png", "x"),
        ["contentUrl"] = Url(random),
        ["content"] = random.Next(2) == 0 ? new JObject { ["type"] = "AdaptiveCard", ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = Short(random) }) } : RandomToken(random, 3),
        ["name"] = Short(random),
        ["thumbnailUrl"] = Url(random),
    });

    private static JObject Entity(Random random) => random.Next(3) switch
    {
        0 => new JObject { ["type"] = "mention", ["mentioned"] = Account(random), ["text"] = "<at>SafetyBot</at>" },
        1 => new JObject { ["type"] = "clientInfo", ["locale"] = OneOf(random, "en-GB", "ar-SA", "x"), ["country"] = "GB", ["platform"] = OneOf(random, "Web", "Android", "iOS"), ["timezone"] = OneOf(random, "Europe/London", "Nowhere") },
        _ => new JObject { ["type"] = Short(random), ["x"] = RandomToken(random, 2) },
    };

    private static JObject Reference(Random random) => Some(random, new JObject
    {
        ["activityId"] = Id(random),
        ["user"] = Account(random),
        ["bot"] = Account(random),
        ["conversation"] = Conversation(random),
        ["channelId"] = OneOf(random, "msteams", string.Empty),
        ["locale"] = OneOf(random, "en-GB", "x"),
        ["serviceUrl"] = Url(random),
    });

    private static JToken ChannelData(Random random) => Some(random, new JObject
    {
        ["tenant"] = new JObject { ["id"] = OneOf(random, Infrastructure.Activities.TenantId, "00000000-0000-0000-0000-0000000000t2", string.Empty) },
        ["team"] = new JObject { ["id"] = "19:team@thread.tacv2", ["name"] = Short(random) },
        ["channel"] = new JObject { ["id"] = "19:board@thread.tacv2" },
        ["eventType"] = OneOf(random, "teamMemberAdded", "channelCreated", "teamRenamed", "x"),
        ["source"] = new JObject { ["name"] = OneOf(random, "message", "compose", "x") },
        ["legacy"] = new JObject { ["replyToId"] = Id(random) },
        ["settings"] = RandomToken(random, 2),
    });

    private static JToken Value(Random random) => random.Next(4) switch
    {
        0 => RandomToken(random, 3),
        1 => new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = Pick(random, Verbs), ["data"] = RandomToken(random, 2) } },
        _ => new JObject
        {
            ["verb"] = random.Next(3) == 0 ? Short(random) : Pick(random, Verbs),
            ["x"] = RandomToken(random, 3),
            ["when"] = Date(random),
            ["text"] = Text(random),
        },
    };

    private static JArray ArrayOf(Random random, Func<Random, JToken> item, int most) =>
        new(Enumerable.Range(0, random.Next(most + 1)).Select(_ => item(random)));

    /// <summary><paramref name="json"/> with some of its properties left out.</summary>
    private static JObject Some(Random random, JObject json)
    {
        foreach (var property in json.Properties().ToList())
        {
            if (random.Next(5) == 0)
            {
                property.Remove();
            }
        }

        return json;
    }

    private static JToken RandomToken(Random random, int depth) => random.Next(depth <= 0 ? 7 : 10) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next(2) == 0),
        2 => new JValue(random.NextInt64(long.MinValue, long.MaxValue)),
        3 => new JValue(random.NextDouble() * 1e300),
        4 => new JValue(Short(random)),
        5 => new JValue(string.Empty),
        6 => Date(random),
        7 => new JArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomToken(random, depth - 1))),
        8 => new JObject(Enumerable.Range(0, random.Next(4)).Select(i => new JProperty(Pick(random, ActivityFields).Name + i, RandomToken(random, depth - 1)))),
        _ => new JArray(new JArray(new JArray(RandomToken(random, depth - 1)))),
    };

    private static string Garbage(Random random) => random.Next(6) switch
    {
        0 => new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0, 0x80)).ToArray()),
        1 => new string('[', random.Next(60, 3000)),
        2 => "{\"type\":\"message\",\"text\":" + new string('{', random.Next(65, 500)),
        3 => "null",
        4 => "{\"type\":\"message\"" + new string(',', random.Next(1, 10)) + "}",
        _ => Convert.ToBase64String(Enumerable.Range(0, 64).Select(_ => (byte)random.Next(256)).ToArray()),
    };

    /// <summary>One of the plausible <paramref name="values"/>, or now and then text in any script.</summary>
    private static JToken OneOf(Random random, params string[] values) => random.Next(12) == 0 ? Short(random) : Pick(random, values);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

/// <summary>One fuzzed body and whether it is an invoke (which may answer 501 Not Implemented).</summary>
internal sealed record FuzzBody(int Index, string Json, bool IsInvoke);
