using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Engine;

/// <summary>Adds a prompt's choices to its question as buttons, in a <see cref="ListStyle"/>.</summary>
internal static class ChoiceButtons
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static void Add(Activity question, IList<Choice> choices, ListStyle style, string promptId)
    {
        switch (style)
        {
            case ListStyle.AdaptiveCard:
                question.Attachments.Add(new Attachment { ContentType = AdaptiveCardContentType, Content = AdaptiveCard(choices, promptId) });
                break;
            case ListStyle.HeroCard:
                var buttons = choices
                    .Select(choice => new CardAction(ActionTypes.MessageBack, choice.DisplayText, text: choice.DisplayText, displayText: choice.DisplayText, value: Data(choice, promptId)))
                    .ToList();
                question.Attachments.Add(new HeroCard(buttons: buttons).ToAttachment());
                break;
            case ListStyle.SuggestedActions:
                question.SuggestedActions = new SuggestedActions(
                    actions: choices.Select(choice => new CardAction(ActionTypes.ImBack, choice.DisplayText, value: choice.DisplayText)).ToList());
                break;
            default:
                break;
        }
    }

    public static JObject Data(Choice choice, string promptId) => new()
    {
        [ConversationRouter.VerbField] = DialogVerbs.Answer,
        [DialogVerbs.ValueField] = choice.Value,
        [DialogVerbs.PromptIdField] = promptId,
    };

    private static JObject AdaptiveCard(IList<Choice> choices, string promptId) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["actions"] = new JArray(choices.Select(choice => new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = choice.DisplayText,
            ["data"] = Data(choice, promptId),
        })),
    };
}
