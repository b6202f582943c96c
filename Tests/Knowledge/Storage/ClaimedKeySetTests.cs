using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Knowledge.Storage;

/// <summary>The compact set of claimed keys: exact (every key added is found, none other) however many keys it holds.</summary>
public sealed class ClaimedKeySetTests
{
    [Fact]
    public void ManyKeys_EachIsFoundOnce_AndNoOtherKeyIs()
    {
        var set = new ClaimedKeySet();
        var keys = Keys(seed: 1, count: (ClaimedKeySet.SplitAt * 100) + 123);

        Assert.All(keys, key => Assert.True(set.Add(key)));

        Assert.Equal(keys.Length, set.Count);
        Assert.Equal(128, set.BucketCount);
        Assert.All(keys, key => Assert.True(set.Contains(key)));
        Assert.All(keys, key => Assert.False(set.Add(key)));
        Assert.All(Keys(seed: 2, count: 20_000), key => Assert.False(set.Contains(key)));
    }

    [Fact]
    public void RemovedKeys_AreNotFound_AndCanBeAddedAgain_AlsoAfterTheBucketsSplit()
    {
        var set = new ClaimedKeySet();
        var keys = Keys(seed: 3, count: (ClaimedKeySet.SplitAt * 16) + 10);
        foreach (var key in keys)
        {
            set.Add(key);
        }

        var early = keys[5];
        var late = keys[^1];
        set.Remove(early);
        set.Remove(late);
        set.Remove(Guid.NewGuid());

        Assert.Equal(keys.Length - 2, set.Count);
        Assert.False(set.Contains(early));
        Assert.False(set.Contains(late));
        Assert.True(set.Contains(keys[6]));
        foreach (var key in Keys(seed: 4, count: ClaimedKeySet.SplitAt * 32))
        {
            set.Add(key);
        }

        Assert.False(set.Contains(early));
        Assert.True(set.Add(early));
        Assert.True(set.Add(late));
        Assert.True(set.Contains(early));
        Assert.True(set.Contains(late));
        Assert.False(set.Add(early));
    }

    [Fact]
    public void KeysRemovedAndAddedAgain_WhileMoreArrive_StayExact()
    {
        var set = new ClaimedKeySet();
        var keys = Keys(seed: 6, count: ClaimedKeySet.SplitAt * 150);
        var expected = new HashSet<Guid>();
        var random = new Random(5);
        foreach (var key in keys)
        {
            Assert.Equal(expected.Add(key), set.Add(key));
            if (random.Next(10) == 0)
            {
                var earlier = keys[random.Next(expected.Count)];
                set.Remove(earlier);
                expected.Remove(earlier);
            }

            if (random.Next(20) == 0)
            {
                var again = keys[random.Next(expected.Count)];
                Assert.Equal(expected.Add(again), set.Add(again));
            }
        }

        Assert.Equal(expected.Count, set.Count);
        Assert.All(keys, key => Assert.Equal(expected.Contains(key), set.Contains(key)));
    }

    private static Guid[] Keys(int seed, int count)
    {
        var random = new Random(seed);
        var bytes = new byte[16];
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            random.NextBytes(bytes);
            return new Guid(bytes);
        })];
    }
}
