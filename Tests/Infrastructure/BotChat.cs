using Microsoft.Bot.Schema;
using SafetyBot.Tests.Dialogs.Language.Evaluation;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// The running bot (a <see cref="BotHost"/> on a store of its own in a temporary folder), asked questions the way the
/// conversation tests read: ask this, expect that. Each question goes to a conversation of its own unless one is named
/// (<see cref="NewConversation"/>, for follow-ups), so two questions never share a conversation by chance.
/// </summary>
public sealed class BotChat : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _conversations;

    /// <summary>Starts the bot on a store named <paramref name="storeName"/> in a new temporary folder.</summary>
    public BotChat(string storeName)
    {
        Host = new BotHost(_folder.File(storeName));
    }

    /// <summary>The running bot.</summary>
    public BotHost Host { get; }

    /// <summary>True when any of <paramref name="replies"/> carries a card of figures (<see cref="AnswerJudge.IsFigureCard"/>).</summary>
    public static bool ShowsAFigureCard(IEnumerable<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? []).Any(a => a.Content is not null && AnswerJudge.IsFigureCard(AnswerText.Content(a)));

    /// <summary>The id of a conversation no question has gone to yet.</summary>
    public string NewConversation() => "chat-" + Interlocked.Increment(ref _conversations).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new conversation in which <paramref name="questions"/> have been asked in order: the context of a follow-up.</summary>
    public async Task<string> ConversationAfterAsync(params string[] questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var conversation = NewConversation();
        foreach (var question in questions)
        {
            await AskAsync(question, conversation).ConfigureAwait(false);
        }

        return conversation;
    }

    /// <summary>Asks <paramref name="question"/> in <paramref name="conversation"/>, else in a new conversation, and returns the replies.</summary>
    public Task<IReadOnlyList<Activity>> AskAsync(string question, string? conversation = null) =>
        Host.SayAsync(question, conversationId: conversation ?? NewConversation());

    /// <summary>What the answer says as the evaluation reads it (<see cref="AnswerText.Of"/>: lower case, normalised).</summary>
    public async Task<string> TextAsync(string question, string? conversation = null) =>
        AnswerText.Of(await AskAsync(question, conversation).ConfigureAwait(false));

    /// <summary>Everything the answer says, texts and card texts, as sent (<see cref="Replies.Said"/>).</summary>
    public async Task<string> SaidAsync(string question, string? conversation = null) =>
        Replies.Said(await AskAsync(question, conversation).ConfigureAwait(false));

    /// <summary><see cref="SaidAsync"/> with the backslashes that escape markdown taken out.</summary>
    public async Task<string> PlainSaidAsync(string question, string? conversation = null) =>
        (await SaidAsync(question, conversation).ConfigureAwait(false)).Replace("\\", string.Empty, StringComparison.Ordinal);

    /// <inheritdoc />
    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
