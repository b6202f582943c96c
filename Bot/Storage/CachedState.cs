using Newtonsoft.Json.Linq;

namespace SafetyBot.Bot.Storage;

/// <summary>A stored state as kept in memory: its ETag and its JSON, parsed once and never changed.</summary>
/// <param name="ETag">The ETag of this version.</param>
/// <param name="Json">The state, with type names; only read from.</param>
internal sealed record CachedState(string ETag, JObject Json);
