using System.Runtime.CompilerServices;
using LiteDB;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// Builds the app's <see cref="BsonMapper"/> with every persisted type mapped up front.
/// LiteDB 5.0.21 builds entity mappings lazily without a lock, so two threads meeting a type
/// for the first time can corrupt the mapper's cache; mapping everything at start-up avoids it.
/// </summary>
public static class SafetyBsonMapper
{
    /// <summary>Creates a mapper and maps each of <paramref name="persistedTypes"/>.</summary>
    public static BsonMapper Create(IEnumerable<Type> persistedTypes)
    {
        ArgumentNullException.ThrowIfNull(persistedTypes);
        var mapper = new BsonMapper
        {
            EmptyStringToNull = false,
            TrimWhitespace = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        foreach (var type in persistedTypes.Distinct())
        {
            // Serialising an uninitialised instance makes LiteDB build (and cache) the type's
            // entity mapper now, on one thread, before any request can race for it.
            mapper.ToDocument(type, RuntimeHelpers.GetUninitializedObject(type));
        }

        return mapper;
    }
}
