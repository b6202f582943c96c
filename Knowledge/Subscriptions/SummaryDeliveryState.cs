namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>Where one quarter's summary to one conversation stands.</summary>
public enum SummaryDeliveryState
{
    /// <summary>Claimed by a run that is posting it (or died while posting it).</summary>
    Sending,

    /// <summary>Posted: never sent again.</summary>
    Sent,

    /// <summary>The last attempt failed; it is tried again until the attempts run out.</summary>
    Failed,

    /// <summary>Not to be tried again (Teams refused it, e.g. the bot was removed).</summary>
    GaveUp,
}
