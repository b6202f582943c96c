using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;

namespace SafetyBot.Cards.Help;

/// <summary>The welcome card (on install), the help card, and the "I can't answer that" card: what SafetyBot does, with suggested questions as buttons.</summary>
public static class HelpCardBuilder
{
    /// <summary>What SafetyBot is, in one paragraph.</summary>
    public const string About =
        "I answer questions about the Cambridge City Community Safety Partnership's figures, from the Community Safety " +
        "Strategic Assessment end of year review 2017/18: how a crime type has changed, rates, how we compare with similar " +
        "areas, the national picture, what the partnership could do, and the partnership's priorities.";

    /// <summary>The welcome card, greeting by first name when known.</summary>
    public static CardReply Welcome(string? firstName)
    {
        var hello = string.IsNullOrWhiteSpace(firstName) ? "Hello! I'm SafetyBot." : $"Hello {firstName}! I'm SafetyBot.";
        return Build(hello, About, $"{hello} Ask me about the partnership's community safety figures.");
    }

    /// <summary>The help card.</summary>
    public static CardReply Help() => Build("What you can ask me", About, "Here is what you can ask me.");

    /// <summary>
    /// The card for a question SafetyBot could not answer; <paramref name="noted"/> when the question was recorded for the team
    /// (an empty message is not, and the card never says it was).
    /// </summary>
    public static CardReply NotUnderstood(bool noted = true) => Build(
        "Sorry, I can't answer that",
        noted
            ? "I only know the figures and analysis in the 2017/18 strategic assessment. I've noted the question so the team can see what people need. These are the kinds of question I can answer:"
            : "I only know the figures and analysis in the 2017/18 strategic assessment. These are the kinds of question I can answer:",
        "Sorry, I can't answer that. Here is what I can answer.");

    /// <summary>The card for a message too long to be one question: nothing of it is read, recorded or kept.</summary>
    public static CardReply TooLong() => Build(
        "That's a long message",
        "I answer one short question at a time, about the figures and analysis in the 2017/18 strategic assessment. Could you ask your question in a sentence or two? These are the kinds of question I can answer:",
        "That's a long message: could you ask one short question? Here is what I can answer.");

    private static CardReply Build(string title, string text, string summary)
    {
        // Renderers take at most five actions a set: the suggestions come in sets of four.
        var suggestions = SuggestedQuestions.All.Chunk(4)
            .Select(chunk => (CardElement)new ActionSet([.. chunk.Select(q => (CardAction)CardParts.Ask(q.Question, q.Intent, q.Topic))]));
        List<CardElement> body =
        [
            CardParts.Title(title),
            CardParts.Text(text),
            CardParts.Heading("Try asking"),
            .. suggestions,
            CardParts.Subtle("Or type a question in your own words. In a channel, @mention SafetyBot first."),
        ];
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }
}
