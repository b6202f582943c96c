using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Cards.Formatting;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers a question about a topic the assessment gives no figures for (<see cref="IKnowledgeStore.UncoveredTopics"/>):
/// says so plainly, names what the assessment has nearest, and never shows another topic's figures.
/// The question is noted for admins, like any other the assessment cannot answer.
/// </summary>
public sealed class NotCoveredHandler(IUnansweredQuestionLog log, IKnowledgeStore store) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.NotCovered];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Question is { Length: > 0 } question)
        {
            await log.RecordAsync(question, cancellationToken).ConfigureAwait(false);
        }

        var reply = understanding.Place is { } place ? PlaceReply(place, understanding.Topic) : Reply(understanding.UncoveredTopic);
        await turnContext.SendActivityAsync(ReplyFactory.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An indicator asked of another area: the assessment gives Cambridge City's figures; it shows the
    /// figures it quotes for that area itself (county rates in the text), and never Cambridge's as that area's.
    /// </summary>
    private string PlaceReply(string place, string? topic)
    {
        var indicator = topic is null ? null : store.FindIndicator(topic);
        var name = indicator?.DisplayName.ToLowerInvariant() ?? "that topic";
        var area = OtherArea.In(place.ToLowerInvariant())?.Area;
        var quoted = indicator is null || area is null
            ? []
            : store.Figures(indicator.Id).Where(o => o.Area == area).Select(o =>
                Figures.WithUnit(o, indicator.Unit)
                + (o.Breakdown.Length > 0 ? $" ({o.Breakdown})" : string.Empty)
                + (o.Period.StartYear > 0 ? $", {o.Period.Label}" : ", period not stated")).ToList();
        var own = $"The 2017/18 strategic assessment gives Cambridge City's figures, not {place}'s";
        return quoted.Count > 0
            ? $"{own}, but it quotes this for {place} ({name}): {string.Join("; ", quoted)}. Ask without \"{place}\" for Cambridge City's figures."
            : $"{own}: it has no {name} figure for {place}. Ask without \"{place}\" for Cambridge City's figures.";
    }

    /// <summary>The answer for the uncovered topic <paramref name="id"/>.</summary>
    private string Reply(string? id) =>
        store.UncoveredTopics().FirstOrDefault(t => t.Id == id) is { } topic
            ? $"The 2017/18 strategic assessment has no figure or programme for {topic.Name} in Cambridge City. What it does have nearest: {topic.Instead}. Ask \"what can you do\" for the topics it covers."
            : "The 2017/18 strategic assessment has no figure for that topic. Ask \"what can you do\" for the topics it covers.";
}
