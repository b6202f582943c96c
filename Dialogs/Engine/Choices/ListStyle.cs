namespace SafetyBot.Dialogs.Engine;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Not at all (the prompt activity shows them already, on its own card, say).</summary>
    None,

    /// <summary>An Adaptive Card of Action.Submit buttons carrying <c>{ verb: "dialog.answer", value }</c>.</summary>
    AdaptiveCard,

    /// <summary>A hero card of messageBack buttons carrying the same data.</summary>
    HeroCard,

    /// <summary>Suggested actions that send the choice's title as text (Teams: personal chats only).</summary>
    SuggestedActions,
}
