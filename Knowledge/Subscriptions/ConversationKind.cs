namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>The kind of Teams conversation a subscription posts to.</summary>
public enum ConversationKind
{
    /// <summary>A one-to-one chat between a member and the bot (Teams <c>personal</c>).</summary>
    Personal,

    /// <summary>A group chat (Teams <c>groupChat</c>).</summary>
    GroupChat,

    /// <summary>A channel of a team (Teams <c>channel</c>); summaries start a new post.</summary>
    Channel,
}
