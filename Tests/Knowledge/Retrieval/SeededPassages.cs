using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Tests.Knowledge.Retrieval;

/// <summary>A seeded store (a real LiteDB file) and the passage search over it, shared by a test class.</summary>
public sealed class SeededPassages : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public SeededPassages()
    {
        Search = new PassageSearch(_store.Store);
    }

    public PassageSearch Search { get; }

    public void Dispose() => _store.Dispose();
}
