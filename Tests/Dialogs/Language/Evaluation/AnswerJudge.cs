using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// Judges one answer of the assessment evaluation. This is the contract the bot must meet, for every question:
/// <list type="bullet">
/// <item>every <c>must_contain</c> item is in the answer's <see cref="AnswerText">text</see> and no <c>must_not_contain</c> item is;</item>
/// <item><b>figure, prose, list</b>: the answer is not the "can't answer" answer (<see cref="CantAnswerPhrases"/>);</item>
/// <item><b>no-figure</b>: the answer says the assessment has no such figure (one of <see cref="NoFigurePhrases"/>),
/// and shows no <see cref="IsFigureCard">figure card</see> unless that card itself says so (the asked topic's card
/// stating its own gap, "The assessment has no … figure for 2014. Its latest is shown."), never another topic's figures;</item>
/// <item><b>out-of-scope</b>: the answer is the "can't answer" answer, a small-talk answer, or an honest "not covered"
/// (one of <see cref="OutOfScopePhrases"/>), and shows no figure card at all.</item>
/// </list>
/// Phrases are matched in the normalised text (lowercase, one kind of apostrophe).
/// </summary>
public static class AnswerJudge
{
    /// <summary>
    /// The "can't answer" answer: <c>HelpCardBuilder.NotUnderstood</c>'s title "Sorry, I can't answer that", or the
    /// same said another way.
    /// </summary>
    public static readonly string[] CantAnswerPhrases = ["can't answer", "cannot answer", "can not answer"];

    /// <summary>Ways of saying the assessment has no figure for what was asked.</summary>
    public static readonly string[] NoFigurePhrases =
    [
        "no figure", "has no", "have no", "gives no", "give no", "doesn't have", "does not have", "doesn't give", "does not give",
        "doesn't cover", "does not cover", "not covered", "doesn't include", "does not include",
    ];

    /// <summary>
    /// Answers to a question SafetyBot is not for: "can't answer", small talk (the welcome card "I'm SafetyBot",
    /// "You're welcome", the help card "What you can ask me"), or an honest "not covered".
    /// </summary>
    public static readonly string[] OutOfScopePhrases =
    [
        .. CantAnswerPhrases, "i'm safetybot", "you're welcome", "what you can ask me",
        "doesn't cover", "does not cover", "not covered", "couldn't find", "could not find",
    ];

    /// <summary>Judges <paramref name="replies"/>, everything the bot sent back to <paramref name="question"/>.</summary>
    public static Verdict Judge(AssessmentQuestion question, IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(replies);
        var text = AnswerText.Of(replies);
        var problems = new List<string>();
        var missing = question.MustContain.Where(item => !AnswerText.Contains(text, item)).ToList();
        if (missing.Count > 0)
        {
            problems.Add("missing: " + string.Join(" | ", missing));
        }

        var wrong = question.MustNotContain.Where(item => AnswerText.Contains(text, item)).ToList();
        if (wrong.Count > 0)
        {
            problems.Add("has what proves a wrong answer: " + string.Join(" | ", wrong));
        }

        var cards = replies.SelectMany(r => r.Attachments ?? []).Where(a => a.Content is not null).Select(AnswerText.Content).ToList();
        var figureCards = cards.Where(IsFigureCard).ToList();
        switch (question.Expect)
        {
            case "no-figure":
                if (!Says(text, NoFigurePhrases))
                {
                    problems.Add("does not say the assessment has no such figure");
                }

                var neighbours = figureCards.Where(card => !Says(AnswerText.Normalize(string.Join("\n", AnswerText.Strings(card))), NoFigurePhrases)).ToList();
                if (neighbours.Count > 0)
                {
                    problems.Add("shows figures: " + string.Join(", ", neighbours.Select(Title)));
                }

                break;
            case "out-of-scope":
                if (!Says(text, OutOfScopePhrases))
                {
                    problems.Add("is not a can't-answer, small-talk or not-covered answer");
                }

                if (figureCards.Count > 0)
                {
                    problems.Add("shows figures: " + string.Join(", ", figureCards.Select(Title)));
                }

                break;
            default:
                if (Says(text, CantAnswerPhrases))
                {
                    problems.Add("says it can't answer");
                }

                break;
        }

        return new Verdict(problems.Count == 0, problems, text);
    }

    /// <summary>
    /// A figure card: an attachment whose content shows figures: a headline TextBlock of size ExtraLarge with a
    /// digit in it (the indicator card's figure), a FactSet with a digit in any value, a Table with a digit in any
    /// cell, or any chart (<c>Chart.*</c>).
    /// </summary>
    public static bool IsFigureCard(JToken content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return AnswerText.Tokens(content).OfType<JObject>().Any(element => (string?)element["type"] switch
        {
            "TextBlock" => string.Equals((string?)element["size"], "ExtraLarge", StringComparison.OrdinalIgnoreCase) && HasDigit((string?)element["text"]),
            "FactSet" => element["facts"] is JArray facts && facts.OfType<JObject>().Any(f => HasDigit((string?)f["value"])),
            "Table" => AnswerText.Strings(element).Any(HasDigit),
            { } type => type.StartsWith("Chart.", StringComparison.Ordinal),
            _ => false,
        });
    }

    /// <summary>A card's title: its first TextBlock's text.</summary>
    public static string Title(JToken content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return AnswerText.Tokens(content).OfType<JObject>().Where(o => (string?)o["type"] == "TextBlock").Select(o => (string?)o["text"]).FirstOrDefault() ?? "a card";
    }

    private static bool Says(string normalised, IEnumerable<string> phrases) =>
        phrases.Any(p => normalised.Contains(AnswerText.Normalize(p), StringComparison.Ordinal));

    private static bool HasDigit(string? text) => text is not null && text.Any(char.IsDigit);
}
