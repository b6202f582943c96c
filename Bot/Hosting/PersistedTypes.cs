using SafetyBot.Bot.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Every type stored in LiteDB, mapped at start-up (see <see cref="Knowledge.Storage.SafetyBsonMapper"/>).</summary>
internal static class PersistedTypes
{
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(StoredState),
    ];
}
