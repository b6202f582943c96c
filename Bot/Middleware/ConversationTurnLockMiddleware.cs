using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Npgsql;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// On PostgreSQL, turns of one conversation run one at a time across every instance: the turn holds a PostgreSQL
/// session advisory lock keyed by its channel and conversation from before the conversation's state is read until
/// after it is saved. The SDK's <c>BotState</c> saves its state as a plain object (written last-writer-wins), so
/// without this two turns of one conversation on two instances could each read the state and the later save would
/// lose the earlier one's write. Turns of different conversations do not wait for each other. The activity's claim
/// (see <see cref="ActivityDeduplicationMiddleware"/>, which runs after this) is taken in the same round trip, once
/// the lock is held, and handed on as an <see cref="ActivityClaimDecision"/>; so is the conversation's state, kept for the
/// turn's first read of it (<see cref="PostgreSqlStorage.KeepForThisTurn"/>).
/// </summary>
/// <remarks>
/// A turn that fails (other than on an error of the store, which leaves the state alone) has what it was working on
/// forgotten from its conversation's state here (<see cref="FailedTurnState"/>), before the lock is released, as the
/// error boundary would do it: done after the release, it could overwrite what the conversation's next turn, on another
/// instance, has just saved.
/// </remarks>
internal sealed class ConversationTurnLockMiddleware(PostgreSqlDatabase database, PostgreSqlActivityClaims claims, IStorage storage) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversation = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversation))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = KeyOf(turnContext.Activity.ChannelId, conversation);
        var claimKey = ActivityDeduplicationMiddleware.ClaimKeyOf(turnContext.Activity);
        var stateKey = FailedTurnState.KeyOf(turnContext.Activity);
        // The lock belongs to this connection's session: it is released explicitly (pooled connections are not reset),
        // and by the server if the connection or the process dies.
        await using var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        Dictionary<string, (string State, string ETag)> state;
        await using (var take = new NpgsqlBatch(connection))
        {
            // One round trip: the lock, then (in the same implicit transaction, so once the lock is held) the claim, committed
            // with it, and the conversation's state, read after every earlier turn of the conversation saved its own.
            // Each statement returns rows, so the result sets are the statements in order.
            var takeLock = new NpgsqlBatchCommand("SELECT pg_advisory_lock($1)");
            takeLock.Parameters.Add(new NpgsqlParameter { Value = key });
            take.BatchCommands.Add(takeLock);
            var claim = claimKey is { } toClaim ? claims.ClaimCommand(toClaim) : null;
            if (claim is not null)
            {
                take.BatchCommands.Add(claim);
            }

            take.BatchCommands.Add(PostgreSqlStorage.ReadCommand(stateKey));
            try
            {
                await using (var reader = await take.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    for (var skip = 1; skip < take.BatchCommands.Count; skip++)
                    {
                        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                    }

                    state = await PostgreSqlStorage.ReadRowsAsync(reader, cancellationToken).ConfigureAwait(false);
                }

                if (claim is not null)
                {
                    turnContext.TurnState.Set(new ActivityClaimDecision(claimKey!.Value, await claims.ClaimedAsync(connection, claim, cancellationToken).ConfigureAwait(false)));
                }
            }
            catch
            {
                // The server may have granted the lock as the wait was cancelled or a later statement failed (a session lock
                // outlives its transaction): pooled connections are not reset, so none may go back to the pool holding it.
                await ReleaseAllAsync(connection).ConfigureAwait(false);
                throw;
            }
        }

        // Here, not in a method it calls, so that the rest of the turn (next) flows with it.
        var kept = PostgreSqlStorage.KeepForThisTurn(database, stateKey, state);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!StoreFaults.IsStoreError(exception))
        {
            // As SafetyBotAdapter's error boundary does, but while the lock is held (see remarks); it is told so.
            kept.Expire();
            var dialog = await FailedTurnState.ForgetAsync(storage, turnContext, CancellationToken.None).ConfigureAwait(false);
            turnContext.TurnState.Set(new ConversationStateReset(dialog));
            throw;
        }
        finally
        {
            kept.Expire();
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            release.Parameters.Add(new NpgsqlParameter { Value = key });
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ReleaseAllAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var releaseAll = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
            await releaseAll.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The connection is broken: it is not pooled, and the server releases the lock as the session ends.
        }
    }

    /// <summary>The lock key of a conversation: the first 8 bytes of the SHA-256 of "turn|{channel}|{conversation}".</summary>
    internal static long KeyOf(string? channel, string conversation)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"turn|{channel}|{conversation}"));
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }
}
