using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// On PostgreSQL, turns of one conversation run one at a time across every instance: the turn holds a PostgreSQL
/// session advisory lock keyed by its channel and conversation from before the conversation's state is read until
/// after it is saved. The SDK's <c>BotState</c> saves its state as a plain object (written last-writer-wins), so
/// without this two turns of one conversation on two instances could each read the state and the later save would
/// lose the earlier one's write. Turns of different conversations do not wait for each other.
/// </summary>
internal sealed class ConversationTurnLockMiddleware(PostgreSqlDatabase database) : Microsoft.Bot.Builder.IMiddleware
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
        // The lock belongs to this connection's session: it is released explicitly (pooled connections are not reset),
        // and by the server if the connection or the process dies.
        await using var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            take.Parameters.Add(new NpgsqlParameter { Value = key });
            try
            {
                await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The server may have granted the lock as the wait was cancelled: pooled connections are not reset, so
                // none may go back to the pool holding it.
                await using var releaseAll = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                await releaseAll.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            release.Parameters.Add(new NpgsqlParameter { Value = key });
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The lock key of a conversation: the first 8 bytes of the SHA-256 of "turn|{channel}|{conversation}".</summary>
    internal static long KeyOf(string? channel, string conversation)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"turn|{channel}|{conversation}"));
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }
}
