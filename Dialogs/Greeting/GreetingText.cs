namespace SafetyBot.Dialogs.Greeting;

/// <summary>The words SafetyBot greets and helps with.</summary>
public static class GreetingText
{
    /// <summary>What SafetyBot can do, in plain words.</summary>
    public const string Help =
        "I'm SafetyBot. I answer questions about the Cambridge City Community Safety Partnership's figures, " +
        "from the Strategic Assessment end of year review 2017/18. Try: \"how has dwelling burglary changed\", " +
        "\"how do we compare with similar areas\", \"violence without injury in Q2\", or \"tell me about priority 1\".";

    /// <summary>A greeting, by first name when the member's name is known.</summary>
    public static string Hello(string? firstName) =>
        (string.IsNullOrEmpty(firstName) ? "Hello! " : $"Hello {firstName}! ") + Help;
}
