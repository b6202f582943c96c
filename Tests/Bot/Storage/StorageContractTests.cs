using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SafetyBot.Bot.Storage;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>
/// The Bot Framework storage contract (what the SDK's own StorageBaseTests cover), plus the strict
/// empty-ETag case and a concurrency test, run on every store SafetyBot has: one subclass per provider.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private IStorage _storage = null!;

    /// <summary>A storage on a new, empty store.</summary>
    protected abstract Task<IStorage> CreateAsync();

    /// <summary>A storage on the same store as before, opened again as a restart would.</summary>
    protected abstract Task<IStorage> ReopenAsync();

    public async Task InitializeAsync() => _storage = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Read_UnknownKey_ReturnsNothing()
    {
        var result = await _storage.ReadAsync(["unknown"]);
        Assert.Empty(result);
    }

    [Fact]
    public async Task Write_NewObjects_CanBeReadBackWithTheirValues()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["createPoco"] = new PocoItem { Id = "1", Count = 5 },
            ["createPocoStoreItem"] = new PocoStoreItem { Id = "2", Count = 7 },
        });

        var read = await _storage.ReadAsync(["createPoco", "createPocoStoreItem"]);

        var poco = Assert.IsType<PocoItem>(read["createPoco"]);
        Assert.Equal(("1", 5), (poco.Id, poco.Count));
        var storeItem = Assert.IsType<PocoStoreItem>(read["createPocoStoreItem"]);
        Assert.Equal(("2", 7), (storeItem.Id, storeItem.Count));
        Assert.False(string.IsNullOrEmpty(storeItem.ETag));
    }

    [Fact]
    public async Task Write_TypedObjectWithNestedTypes_ReadsBackAsTheSameTypes()
    {
        var when = new DateTimeOffset(2018, 3, 3, 9, 30, 0, TimeSpan.Zero);
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["typed"] = new TypedDraft { Title = "County lines", When = when, Measure = 12.5m, Items = [new PocoItem { Id = "x", Count = 1 }] },
        });

        var draft = Assert.IsType<TypedDraft>((await _storage.ReadAsync(["typed"]))["typed"]);

        Assert.Equal("County lines", draft.Title);
        Assert.Equal(when, draft.When);
        Assert.Equal(12.5m, draft.Measure);
        Assert.Equal("x", Assert.Single(draft.Items).Id);
    }

    [Theory]
    [InlineData("!@#$%^&*()~/\\><,.?';\"`~")]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=1690000000000/users/29:1a2b")]
    [InlineData("ключ-🔑-キー")]
    [InlineData("")]
    public async Task Write_WithOddKeys_RoundTrips(string key)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Id = "odd", Count = 1 } });

        var read = await _storage.ReadAsync([key]);

        Assert.Equal("odd", Assert.IsType<PocoItem>(read[key]).Id);
    }

    [Fact]
    public async Task Write_WithVeryLongKey_RoundTripsAndDoesNotCollide()
    {
        var longKey = new string('k', 5000);
        var otherLongKey = new string('k', 4999) + "j";
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [longKey] = new PocoItem { Count = 1 },
            [otherLongKey] = new PocoItem { Count = 2 },
        });

        var read = await _storage.ReadAsync([longKey, otherLongKey]);

        Assert.Equal(1, Assert.IsType<PocoItem>(read[longKey]).Count);
        Assert.Equal(2, Assert.IsType<PocoItem>(read[otherLongKey]).Count);
    }

    [Fact]
    public async Task Update_PlainObject_IsWrittenUnconditionally()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 1 } });
        await _storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 2 } });
        await _storage.WriteAsync(new Dictionary<string, object> { ["poco"] = new PocoItem { Count = 3 } });

        Assert.Equal(3, Assert.IsType<PocoItem>((await _storage.ReadAsync(["poco"]))["poco"]).Count);
    }

    [Fact]
    public async Task Update_StoreItemWithCurrentETag_SucceedsAndChangesTheETag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } });
        var first = (PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"];
        var firstETag = first.ETag;

        first.Count = 2;
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = first });
        var second = (PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"];

        Assert.Equal(2, second.Count);
        Assert.NotEqual(firstETag, second.ETag);
        Assert.Equal(first.ETag, second.ETag);
    }

    [Fact]
    public async Task Update_StoreItemWithStaleETag_ThrowsConflictAndWritesNothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } });
        var stale = (PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"];
        var fresh = (PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"];
        fresh.Count = 2;
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = fresh });

        stale.Count = 99;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["item"] = stale }));

        Assert.Equal("item", conflict.Key);
        Assert.Equal(2, ((PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"]).Count);
    }

    [Fact]
    public async Task Update_BatchWithOneConflict_WritesNoneOfTheBatch()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } });
        var current = (PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"];
        var stale = new PocoStoreItem { Count = 50, ETag = "not-the-etag" };

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new PocoItem { Count = 7 },
            ["item"] = stale,
        }));

        var read = await _storage.ReadAsync(["item", "other"]);
        Assert.False(read.ContainsKey("other"));
        Assert.Equal(current.ETag, ((PocoStoreItem)read["item"]).ETag);
    }

    [Fact]
    public async Task Update_StoreItemWithWildcardETag_Overwrites()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 10, ETag = "*" } });

        Assert.Equal(10, ((PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"]).Count);
    }

    [Fact]
    public async Task Update_StoreItemWithEmptyETag_IsRefusedAndNothingWritten()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 1 } });

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Count = 2, ETag = string.Empty } }));

        Assert.Equal(1, ((PocoStoreItem)(await _storage.ReadAsync(["item"]))["item"]).Count);
    }

    [Fact]
    public async Task Create_StoreItemWithEmptyETag_IsRefusedToo()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["new"] = new PocoStoreItem { Count = 2, ETag = string.Empty } }));

        Assert.Empty(await _storage.ReadAsync(["new"]));
    }

    [Fact]
    public async Task Delete_ExistingItem_RemovesIt()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["delete1"] = new PocoStoreItem { Count = 1 } });

        await _storage.DeleteAsync(["delete1"]);

        Assert.Empty(await _storage.ReadAsync(["delete1"]));
    }

    [Fact]
    public async Task Delete_UnknownKey_DoesNothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["keep"] = new PocoItem { Count = 1 } });

        await _storage.DeleteAsync(["unknown"]);

        Assert.Single(await _storage.ReadAsync(["keep"]));
    }

    [Fact]
    public async Task Write_BatchOfMany_AllCanBeReadBack()
    {
        var batch = Enumerable.Range(0, 100).ToDictionary(i => $"batch{i}", i => (object)new PocoItem { Id = $"{i}", Count = i });

        await _storage.WriteAsync(batch);
        var read = await _storage.ReadAsync([.. batch.Keys]);

        Assert.Equal(100, read.Count);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(i, ((PocoItem)read[$"batch{i}"]).Count));
    }

    [Fact]
    public async Task Write_ThenReopenTheFile_StateIsStillThere()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["durable"] = new PocoStoreItem { Count = 42 } });

        _storage = await ReopenAsync();

        Assert.Equal(42, ((PocoStoreItem)(await _storage.ReadAsync(["durable"]))["durable"]).Count);
    }

    [Fact]
    public async Task ConversationState_PersistsThroughSeveralTurns()
    {
        var conversationState = new ConversationState(_storage);
        var counter = conversationState.CreateProperty<PocoItem>("counter");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));

        await new TestFlow(adapter, async (turn, cancellationToken) =>
            {
                var state = await counter.GetAsync(turn, () => new PocoItem(), cancellationToken);
                state.Count++;
                await turn.SendActivityAsync($"turn {state.Count}", cancellationToken: cancellationToken);
            })
            .Send("one").AssertReply("turn 1")
            .Send("two").AssertReply("turn 2")
            .Send("three").AssertReply("turn 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConcurrentReadModifyWrite_LosesNoUpdate_AndEveryLoserGetsAConflict()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new PocoStoreItem { Count = 0 } });
        const int writers = 16;
        const int incrementsEach = 25;
        var conflicts = 0;
        var attempts = 0;

        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < incrementsEach;)
            {
                var item = (PocoStoreItem)(await _storage.ReadAsync(["counter"]))["counter"];
                item.Count++;
                Interlocked.Increment(ref attempts);
                try
                {
                    await _storage.WriteAsync(new Dictionary<string, object> { ["counter"] = item });
                    done++;
                }
                catch (StorageConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }));
        await Task.WhenAll(tasks);

        var final = (PocoStoreItem)(await _storage.ReadAsync(["counter"]))["counter"];
        Assert.Equal(writers * incrementsEach, final.Count);
        Assert.Equal(attempts - (writers * incrementsEach), conflicts);
    }
}
