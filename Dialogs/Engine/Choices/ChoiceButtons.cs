using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Cards;

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

    /// <summary>
    /// Adds a card with an input box whose value is submitted as the answer (the input's id is the
    /// answer's field, so Teams merges what was typed into the submit data), a Next button and,
    /// for optional questions, Skip.
    /// </summary>
    public static void AddForm(Activity question, PromptForm form, string? placeholder, bool allowSkip, string promptId)
    {
        var input = new JObject
        {
            ["type"] = form == PromptForm.Date ? "Input.Date" : "Input.Text",
            ["id"] = Verbs.ValueField,
            ["label"] = form == PromptForm.Date ? "Date" : "Your answer",
        };
        if (form == PromptForm.MultilineText)
        {
            input["isMultiline"] = true;
            input["maxLength"] = 2000;
        }

        if (!string.IsNullOrWhiteSpace(placeholder) && form != PromptForm.Date)
        {
            input["placeholder"] = placeholder;
        }

        var next = new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = "Next",
            ["style"] = "positive",
            ["data"] = new JObject { [Verbs.VerbField] = Verbs.Of(Intent.DialogAnswer), [Verbs.PromptIdField] = promptId },
        };
        var actions = new JArray(next);
        if (allowSkip)
        {
            actions.Add(new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = "Skip",
                ["associatedInputs"] = "none",
                ["data"] = Data(new Choice(Prompt<object>.SkipValue, "Skip"), promptId),
            });
        }

        question.Attachments.Add(new Attachment
        {
            ContentType = AdaptiveCardContentType,
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.5",
                ["body"] = new JArray(input),
                ["actions"] = actions,
            },
        });
    }

    public static JObject Data(Choice choice, string promptId) => new()
    {
        [Verbs.VerbField] = Verbs.Of(Intent.DialogAnswer),
        [Verbs.ValueField] = choice.Value,
        [Verbs.PromptIdField] = promptId,
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
