using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Questions;
using SafetyBot.Dialogs.Telemetry;
using SafetyBot.Dialogs.Uploads;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// Routes a member's message to its handler through one table keyed by intent. Typed text is
/// recognised into an <see cref="Understanding"/> (<see cref="IIntentRecognizer"/>); a card button's
/// data is read into one by <see cref="CardSubmit"/>. Both reach the same handler.
/// </summary>
public sealed class ConversationRouter
{
    private readonly IIntentRecognizer _recognizer;
    private readonly SiblingTopics _siblings;
    private readonly TopicTies _ties;
    private readonly ConversationAccessors _accessors;
    private readonly FrozenDictionary<Intent, IIntentHandler> _handlers;

    /// <summary>Builds the routing table from every registered handler.</summary>
    /// <exception cref="InvalidOperationException">Two handlers claim one intent, or none answers <see cref="Intent.Unknown"/>.</exception>
    public ConversationRouter(IIntentRecognizer recognizer, ConversationAccessors accessors, IEnumerable<IIntentHandler> handlers, SiblingTopics siblings, TopicTies ties)
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(ties);
        _siblings = siblings;
        _ties = ties;
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(accessors);
        ArgumentNullException.ThrowIfNull(handlers);
        _recognizer = recognizer;
        _accessors = accessors;

        var table = new Dictionary<Intent, IIntentHandler>();
        foreach (var handler in handlers)
        {
            foreach (var intent in handler.Intents)
            {
                if (!table.TryAdd(intent, handler))
                {
                    throw new InvalidOperationException($"Two handlers answer the intent '{Verbs.Of(intent)}'.");
                }
            }
        }

        if (!table.ContainsKey(Intent.Unknown))
        {
            throw new InvalidOperationException($"No handler answers '{Verbs.Of(Intent.Unknown)}'.");
        }

        _handlers = table.ToFrozenDictionary();
    }

    /// <summary>The intents that have a handler.</summary>
    public IReadOnlyCollection<Intent> KnownIntents => _handlers.Keys;

    /// <summary>
    /// Understands the turn's message, fills what a follow-up leaves out from the conversation's
    /// last question, answers it, and remembers it for the next follow-up.
    /// </summary>
    public async Task RouteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnWork.Mark(turnContext, TurnWork.Question);
        if (TeamsFiles.HasFile(turnContext.Activity))
        {
            // A file attached (or the placeholder of one): its handler decides, whatever text came with it.
            await RouteAsync(turnContext, Understanding.Of(Intent.UploadData), cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = MentionText.Clean(turnContext.Activity.Text);
        var context = await QuestionContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (SeveralQuestions(turnContext.Activity.Value, text) is { } questions)
        {
            // "how many burglaries were there? and what about shoplifting?": each answered in turn, each a follow-up of the one before.
            foreach (var question in questions)
            {
                AnswerMemory.Clear(turnContext);
                await AnswerAsync(turnContext, question, _recognizer.Recognize(question), context, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await AnswerAsync(turnContext, text, Understand(turnContext.Activity.Value, text), context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The questions of a typed message that asks two or three (<see cref="QuestionSplitter"/>), when each is understood as a
    /// question SafetyBot answers; null when the message is one question, a card's submit, or a part is not such a question
    /// (then the whole message is read as one).
    /// </summary>
    private IReadOnlyList<string>? SeveralQuestions(object? value, string text)
    {
        if (value is not null || QuestionSplitter.Split(text) is not { Count: > 1 } parts)
        {
            return null;
        }

        return parts.All(part => QuestionIntents.Contains(_recognizer.Recognize(part).Intent)) ? parts : null;
    }

    /// <summary>The intents a part of a message of several questions may be: questions answered in one reply, never a dialog or a command.</summary>
    private static readonly FrozenSet<Intent> QuestionIntents = new[]
    {
        Intent.Change, Intent.Volume, Intent.Rate, Intent.Compare, Intent.National, Intent.Opportunities, Intent.Quarters, Intent.Series,
        Intent.Sources, Intent.CompareTopics, Intent.Movers, Intent.TopicList, Intent.Findings, Intent.Priority, Intent.TopicPriority,
        Intent.Glossary, Intent.Caveats, Intent.Passage, Intent.NotCovered,
    }.ToFrozenSet();

    /// <summary>
    /// Answers one question of the turn: fills what a follow-up leaves out from the conversation's last question, answers it,
    /// and remembers it in <paramref name="context"/> for the next follow-up.
    /// </summary>
    private async Task AnswerAsync(ITurnContext turnContext, string text, Understanding understanding, QuestionContext context, CancellationToken cancellationToken)
    {
        var ofTheDocument = understanding is { FromCard: false, Topic: null, Candidates.Count: 0 } ? DocumentFollowUp.Rewrite(text, context) : null;
        if (ofTheDocument is not null)
        {
            // "when?", "and what's it for?" after "who wrote the assessment?": asked of the assessment.
            understanding = Understand(null, ofTheDocument);
        }

        understanding = _ties.Settle(FollowUpResolver.Resolve(_siblings.Apply(understanding, context, text), context, text));
        if (understanding.Intent == Intent.Unknown && !understanding.FromCard)
        {
            understanding = understanding with { Question = text };
        }

        await RouteAsync(turnContext, understanding, cancellationToken).ConfigureAwait(false);
        var memory = AnswerMemory.Get(turnContext);
        // The answer's own topic (an item of the last list keeps that list: "and the first one?" after "the third one") (the passage that answered, the programme a term names) is what a follow-up points to.
        FollowUpResolver.Remember(context, memory?.Topic is { } answered
            ? understanding with { Intent = understanding.Topic is null ? understanding.Intent : Intent.Passage, Topic = answered }
            : understanding);
        // "who wrote it?", "when?", then "and what's it for?": still the assessment.
        context.AboutTheDocument |= ofTheDocument is not null;
        if (memory is { Items.Count: > 0 } && understanding.ItemPlace is null)
        {
            context.Items = [.. memory.Items];
        }
    }

    /// <summary>The conversation's last question; a fresh one when none was saved or the saved one does not read.</summary>
    private async Task<QuestionContext> QuestionContextAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return await _accessors.Questions.GetAsync(turnContext, () => new QuestionContext(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidCastException or Newtonsoft.Json.JsonException or ArgumentException)
        {
            var fresh = new QuestionContext();
            await _accessors.Questions.SetAsync(turnContext, fresh, cancellationToken).ConfigureAwait(false);
            return fresh;
        }
    }

    /// <summary>Answers an understanding already made (a dialog hands one back, say).</summary>
    public Task RouteAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var handler = _handlers.GetValueOrDefault(understanding.Intent) ?? _handlers[Intent.Unknown];
        return HandleMeasuredAsync(handler, turnContext, understanding, cancellationToken);
    }

    private static async Task HandleMeasuredAsync(IIntentHandler handler, ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        var verb = Verbs.Of(understanding.Intent);
        using var activity = SafetyBotTelemetry.Source.StartActivity("turn " + verb);
        activity?.SetTag("safetybot.intent", verb);
        activity?.SetTag("safetybot.from_card", understanding.FromCard);
        var started = Stopwatch.GetTimestamp();
        await handler.HandleAsync(turnContext, understanding, cancellationToken).ConfigureAwait(false);
        SafetyBotTelemetry.RecordTurn(verb, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// What a message asks: a card submit's <c>verb</c> and data when there is one, else the
    /// recognised text (already cleaned with <see cref="MentionText.Clean"/>).
    /// </summary>
    public Understanding Understand(object? value, string? text)
    {
        if (CardSubmit.TryRead(value, out var submitted))
        {
            return submitted;
        }

        return _recognizer.Recognize(text ?? string.Empty);
    }
}
