using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Hosting;

/// <summary>Every type stored in LiteDB, mapped at start-up (see <see cref="Knowledge.Storage.SafetyBsonMapper"/>).</summary>
internal static class PersistedTypes
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(StoredState),
        typeof(Middleware.ProcessedActivity),
        .. KnowledgePersistedTypes.All,
        typeof(OutcomeUpdate),
        typeof(ActionLead),
        typeof(AuditEntry),
        typeof(DataAnalyst),
        typeof(Knowledge.Imports.PendingImport),
        typeof(UnansweredQuestion),
        .. SubscriptionPersistedTypes.All,
    ];
}
