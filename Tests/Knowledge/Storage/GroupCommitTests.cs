using LiteDB;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage;

/// <summary>Group commit: writes of concurrent callers share a transaction, each stays atomic, and each is committed before its task completes.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDatabase _db = new([]);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task WriteAsync_ManyConcurrentWriters_AreAllCommittedAndSurviveAReopen()
    {
        var writes = Enumerable.Range(0, 500).Select(i => Task.Run(() => _db.Database.WriteAsync(db =>
        {
            db.GetCollection("items").Insert(new BsonDocument { ["_id"] = i, ["value"] = $"item {i}" });
            return i;
        }))).ToList();

        var results = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(0, 500), results.Order());
        var reopened = _db.Reopen();
        Assert.Equal(500, reopened.Database.GetCollection("items").Count());
    }

    [Fact]
    public async Task WriteAsync_OneWriteThrows_OnlyThatWriteFailsAndNothingOfItIsWritten()
    {
        var gate = new TaskCompletionSource();
        var holding = _db.Database.WriteAsync(db =>
        {
            // Hold the first batch until the next writes have queued, so they share one transaction.
            gate.Task.Wait(TimeSpan.FromSeconds(10));
            return db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "first" });
        });
        var before = _db.Database.WriteAsync(db => db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "before" }));
        var failing = _db.Database.WriteAsync<BsonValue>(db =>
        {
            db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "half-done" });
            throw new InvalidOperationException("refused");
        });
        var after = _db.Database.WriteAsync(db => db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "after" }));
        gate.SetResult();

        await holding;
        await before;
        await after;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("refused", error.Message);
        var ids = _db.Reopen().Database.GetCollection("items").FindAll().Select(d => d["_id"].AsString).Order();
        Assert.Equal(["after", "before", "first"], ids);
    }

    [Fact]
    public async Task WriteAsync_InOneBatch_EachWriteSeesTheWritesBeforeIt()
    {
        var writes = Enumerable.Range(0, 20).Select(i => _db.Database.WriteAsync(db =>
        {
            var items = db.GetCollection("items");
            if (items.FindById("only") is not null)
            {
                return false;
            }

            items.Insert(new BsonDocument { ["_id"] = "only", ["by"] = i });
            return true;
        })).ToList();

        var claimed = await Task.WhenAll(writes);

        Assert.Single(claimed, c => c);
        Assert.Equal(1, _db.Database.Database.GetCollection("items").Count());
    }

    [Fact]
    public async Task WriteAsync_DuplicateKeyInABatch_FailsThatWriteAndKeepsTheFirst()
    {
        var gate = new TaskCompletionSource();
        var holding = _db.Database.WriteAsync(db =>
        {
            // Hold the first batch until the next writes have queued, so they share one transaction.
            gate.Task.Wait(TimeSpan.FromSeconds(10));
            return db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "first" });
        });
        var writes = Enumerable.Range(0, 20)
            .Select(i => _db.Database.WriteAsync(db => db.GetCollection("items").Insert(new BsonDocument { ["_id"] = "only", ["by"] = i })))
            .ToList();
        gate.SetResult();
        await holding;

        var failures = await Task.WhenAll(writes.Select(async write =>
        {
            try
            {
                await write;
                return null;
            }
            catch (LiteException exception)
            {
                return exception;
            }
        }));

        Assert.Null(failures[0]);
        Assert.All(failures.Skip(1), failure => Assert.Equal(LiteException.INDEX_DUPLICATE_KEY, Assert.IsType<LiteException>(failure).ErrorCode));
        var items = _db.Reopen().Database.GetCollection("items");
        Assert.Equal(2, items.Count());
        Assert.Equal(0, items.FindById("only")["by"].AsInt32);
    }

    [Fact]
    public async Task WriteAsync_AlreadyCancelled_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _db.Database.WriteAsync(db => db.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 }), cancelled.Token));

        Assert.Equal(0, _db.Database.Database.GetCollection("items").Count());
    }

    [Fact]
    public async Task WriteAsync_AfterTheDatabaseIsClosed_FailsWithoutHanging()
    {
        _db.Database.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            _db.Database.WriteAsync(db => db.GetCollection("items").Insert(new BsonDocument { ["_id"] = 1 })).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
