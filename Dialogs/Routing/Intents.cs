namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// The names of everything SafetyBot can be asked. Typed text is recognised into one of these;
/// every card button (Action.Submit) carries one as its <c>verb</c>, so both reach the same handler.
/// </summary>
public static class Intents
{
    /// <summary>Hello, hi, good morning.</summary>
    public const string Greeting = "greeting";

    /// <summary>Thanks, cheers.</summary>
    public const string Thanks = "thanks";

    /// <summary>What can you do?</summary>
    public const string Help = "help";

    /// <summary>Nothing fitted.</summary>
    public const string Unknown = "unknown";
}
