using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Language;

namespace SafetyBot.Dialogs.Routing;

/// <summary>The conversation-state properties SafetyBot keeps (saved at the end of every turn).</summary>
public sealed class ConversationAccessors
{
    /// <summary>The conversation-state property that holds the last question (<see cref="Questions"/>).</summary>
    public const string QuestionsProperty = "questionContext";

    /// <summary>Creates the accessors on <paramref name="conversationState"/>.</summary>
    public ConversationAccessors(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        Questions = conversationState.CreateProperty<QuestionContext>(QuestionsProperty);
        Welcomed = conversationState.CreateProperty<bool>("welcomed");
    }

    /// <summary>True once the welcome card was sent to this conversation.</summary>
    public IStatePropertyAccessor<bool> Welcomed { get; }

    /// <summary>What the conversation was last about, for follow-ups.</summary>
    public IStatePropertyAccessor<QuestionContext> Questions { get; }
}
