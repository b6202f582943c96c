using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The dialogs a bot can run, and the conversation-state property their stack is kept in.
/// Build it once at start-up; <see cref="CreateContextAsync"/> each turn.
/// </summary>
public sealed class DialogSet
{
    /// <summary>The conversation-state property name used by <see cref="DialogSet(ConversationState)"/>.</summary>
    public const string DefaultPropertyName = "DialogState";

    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates a set whose stack lives in <paramref name="dialogState"/>.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>Creates a set whose stack lives in the <see cref="DefaultPropertyName"/> property of conversation state.</summary>
    public DialogSet(ConversationState conversationState)
        : this((conversationState ?? throw new ArgumentNullException(nameof(conversationState))).CreateProperty<DialogState>(DefaultPropertyName))
    {
    }

    /// <summary>The dialogs in the set.</summary>
    public IReadOnlyCollection<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds a dialog. Prefix ids by feature ("outcome.status") so features do not collide.</summary>
    /// <exception cref="InvalidOperationException">Another dialog already has the id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    /// <summary>The dialog with the id, or null.</summary>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Loads the conversation's dialog stack and returns a context to run it this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
