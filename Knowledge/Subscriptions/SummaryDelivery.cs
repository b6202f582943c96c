using LiteDB;

namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>The record of one quarter's summary to one conversation (see <see cref="ISummaryDeliveryLog"/>).</summary>
public sealed class SummaryDelivery
{
    /// <summary><c>{quarterKey}|{conversationKey}</c>, e.g. <c>FY2017/18-Q1|19:abc@thread.tacv2</c>.</summary>
    [BsonId]
    public string Id { get; set; } = string.Empty;

    /// <summary>The financial quarter's key, e.g. <c>FY2017/18-Q1</c>.</summary>
    public string QuarterKey { get; set; } = string.Empty;

    /// <summary>The conversation's key.</summary>
    public string ConversationKey { get; set; } = string.Empty;

    /// <summary>Where the delivery stands.</summary>
    public SummaryDeliveryState State { get; set; }

    /// <summary>How many times it has been claimed for posting.</summary>
    public int Attempts { get; set; }

    /// <summary>The run (process) that last claimed it.</summary>
    public string ClaimedBy { get; set; } = string.Empty;

    /// <summary>When it was last claimed.</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When it was posted; null until then.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The id Teams gave the posted activity, when it gave one.</summary>
    public string? ActivityId { get; set; }

    /// <summary>What went wrong the last time, in plain words; null when nothing did.</summary>
    public string? LastError { get; set; }

    /// <summary>When the last failure happened.</summary>
    public DateTimeOffset? LastErrorAt { get; set; }
}
