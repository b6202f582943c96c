using LiteDB;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// Group commit for small, frequent writes (activity claims, bot state). Writes queued by
/// concurrent turns are applied one after another in a single LiteDB transaction on one
/// thread-pool thread, and each caller's task completes only after that transaction has
/// committed. Under load one commit (one set of page copies and log writes) serves many
/// turns; alone, a write is committed at once.
/// </summary>
/// <remarks>
/// Each write stays atomic: when one throws, the transaction is rolled back, that write's
/// task fails with its exception, and the others are applied again in a new transaction
/// (so a write must be a function of what it reads, with no effects outside the database).
/// Writes never await: LiteDB transactions belong to a thread.
/// </remarks>
internal sealed class GroupCommit
{
    private readonly Func<ILiteDatabase> _database;
    private readonly Lock _gate = new();
    private List<IPendingWrite> _queue = [];
    private bool _draining;

    internal GroupCommit(Func<ILiteDatabase> database)
    {
        _database = database;
    }

    /// <summary>Queues <paramref name="write"/>; completes with its result once it is committed.</summary>
    internal Task<T> WriteAsync<T>(Func<ILiteDatabase, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(write);
        bool startDraining;
        lock (_gate)
        {
            _queue.Add(pending);
            startDraining = !_draining;
            _draining = true;
        }

        if (startDraining)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static commit => commit.Drain(), this, preferLocal: false);
        }

        // Once queued a write is not withdrawn: the caller may stop waiting, the write still lands.
        return pending.Task.WaitAsync(cancellationToken);
    }

    private void Drain()
    {
        while (true)
        {
            List<IPendingWrite> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return;
                }

                batch = _queue;
                _queue = [];
            }

            try
            {
                Apply(batch);
            }
#pragma warning disable CA1031 // Never let a store failure end the process: every waiting write hears of it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                batch.ForEach(write => write.Fail(exception));
            }
        }
    }

    private void Apply(List<IPendingWrite> batch)
    {
        // Throws when the database was closed: Drain tells every waiting caller.
        var db = _database();
        while (batch.Count > 0)
        {
            var failed = TryApply(db, batch, out var error);
            if (failed < 0)
            {
                batch.ForEach(write => write.Complete());
                return;
            }

            if (failed >= batch.Count)
            {
                // The commit itself failed: nothing of the batch was written.
                batch.ForEach(write => write.Fail(error!));
                return;
            }

            batch[failed].Fail(error!);
            batch.RemoveAt(failed);
        }
    }

    /// <summary>Runs the batch in one transaction: -1 when committed; else the index that threw (Count when the commit did).</summary>
    private static int TryApply(ILiteDatabase db, List<IPendingWrite> batch, out Exception? error)
    {
        error = null;
        try
        {
            if (!db.BeginTrans())
            {
                error = new InvalidOperationException("A transaction is already open on the group commit's thread.");
                return batch.Count;
            }
        }
#pragma warning disable CA1031 // E.g. the engine refuses every call after a failure: reported to every write of the batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error = exception;
            return batch.Count;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                batch[i].Run(db);
            }
#pragma warning disable CA1031 // The failing write gets its own exception; the rest are applied again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                RollBack(db);
                error = exception;
                return i;
            }
        }

        try
        {
            db.Commit();
            return -1;
        }
#pragma warning disable CA1031 // Reported to every write of the batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            RollBack(db);
            error = exception;
            return batch.Count;
        }
    }

    private static void RollBack(ILiteDatabase db)
    {
        try
        {
            db.Rollback();
        }
#pragma warning disable CA1031 // Nothing more to undo: the write's own exception is the one reported.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private interface IPendingWrite
    {
        void Run(ILiteDatabase db);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<ILiteDatabase, T> write) : IPendingWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public void Run(ILiteDatabase db) => _result = write(db);

        public void Complete() => _done.TrySetResult(_result);

        public void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
