using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SafetyBot.Knowledge.Caching;

/// <summary>
/// Everything SafetyBot keeps in memory that is a function of the knowledge (how a text is understood, the card that
/// answers a question, the passages that answer a prose question), under one policy: a
/// <see cref="MemoryCache"/> with a size limit (<see cref="KnowledgeCacheOptions.SizeLimit"/>), each entry keyed by the
/// <see cref="IKnowledgeStore.Version"/> it was made at. A seed or an import changes the version, so the next question
/// builds its answer again from the new knowledge (never a stale one), and the entries of earlier versions are dropped.
/// When the cache is full a new entry is not kept (the answer is still given) and the least recently used entries are
/// removed in the background. Whatever is kept must be immutable and exactly what would be built again: a cache never
/// changes what a member sees, only how soon.
/// </summary>
public sealed class KnowledgeCache : IDisposable
{
    private readonly IKnowledgeStore _store;
    private readonly MemoryCache _cache;
    private long _version;

    /// <summary>Creates the cache for <paramref name="store"/>'s knowledge.</summary>
    public KnowledgeCache(IKnowledgeStore store, IOptions<KnowledgeCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        Options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Options.SizeLimit, CompactionPercentage = 0.25 });
        _version = store.Version;
    }

    /// <summary>The policy this cache follows.</summary>
    public KnowledgeCacheOptions Options { get; }

    /// <summary>How many entries are kept now (of every version not yet dropped).</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// The value kept for <paramref name="key"/> at the current knowledge version, else <paramref name="create"/>'s,
    /// kept when there is room. <paramref name="key"/> must have value equality and say what it is for (a record type
    /// per kind of entry), so two kinds of entry never meet; <paramref name="create"/> must be a function of the key
    /// and the knowledge only.
    /// </summary>
    /// <param name="key">What is asked (a record).</param>
    /// <param name="create">Builds the value from the current knowledge.</param>
    /// <param name="size">The value's cost in units (see <see cref="SizeOf"/>).</param>
    public TValue GetOrCreate<TKey, TValue>(TKey key, Func<TKey, TValue> create, Func<TValue, long> size)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(size);
        if (TryGet<TKey, TValue>(key, out var cacheKey, out var kept))
        {
            return kept;
        }

        var value = create(key);
        Keep(cacheKey, value, size);
        return value;
    }

    /// <summary>
    /// As <see cref="GetOrCreate{TKey, TValue}"/>, for a value whose making reads the store (what it reads is read only
    /// when nothing is kept for <paramref name="key"/>). <paramref name="create"/> must be a function of the key, the
    /// knowledge and whatever else the key names (a version of what it reads).
    /// </summary>
    /// <param name="key">What is asked (a record).</param>
    /// <param name="create">Builds the value from the current knowledge.</param>
    /// <param name="size">The value's cost in units (see <see cref="SizeOf"/>).</param>
    /// <param name="cancellationToken">Cancels the making.</param>
    public async Task<TValue> GetOrCreateAsync<TKey, TValue>(
        TKey key, Func<TKey, CancellationToken, Task<TValue>> create, Func<TValue, long> size, CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(size);
        if (TryGet<TKey, TValue>(key, out var cacheKey, out var kept))
        {
            return kept;
        }

        var value = await create(key, cancellationToken).ConfigureAwait(false);
        Keep(cacheKey, value, size);
        return value;
    }

    /// <summary>Whether a typed text is short enough to be kept (<see cref="KnowledgeCacheOptions.MaxTextLength"/>).</summary>
    public bool MayKeep(string text) => text is not null && text.Length <= Options.MaxTextLength;

    /// <summary>The cost of an entry keeping <paramref name="json"/>: one unit plus one per 1,024 characters.</summary>
    public static long SizeOf(string? json) => 1 + ((json?.Length ?? 0) / 1024);

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// The value kept for <paramref name="key"/> at the current knowledge version (true), else the key to keep a new
    /// one under. The version is read before the value is built, so a value is never older than the version it is kept under.
    /// </summary>
    private bool TryGet<TKey, TValue>(TKey key, out VersionedKey cacheKey, [MaybeNullWhen(false)] out TValue value)
        where TKey : notnull
    {
        var version = _store.Version;
        if (Interlocked.Exchange(ref _version, version) != version)
        {
            _cache.Clear();
        }

        cacheKey = new VersionedKey(version, key);
        if (_cache.TryGetValue(cacheKey, out var kept) && kept is TValue found)
        {
            value = found;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="cacheKey"/> when there is room.</summary>
    private void Keep<TValue>(VersionedKey cacheKey, TValue value, Func<TValue, long> size)
    {
        using var entry = _cache.CreateEntry(cacheKey);
        entry.Value = value;
        entry.Size = Math.Max(1, size(value));
    }

    private sealed record VersionedKey(long Version, object Key);
}
