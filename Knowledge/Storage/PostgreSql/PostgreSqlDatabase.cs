using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// The PostgreSQL database of the app (<c>Storage:Provider</c> = <c>PostgreSql</c>): one pooled data source per
/// process, shared by every store. Several instances of the app may use one database at once: every write is a
/// transaction of its own (with row locks or unique keys where two instances could race), and nothing is kept
/// in memory that another instance could make stale. Dispose it on shutdown.
/// </summary>
public sealed class PostgreSqlDatabase : IDisposable, IAsyncDisposable
{
    /// <summary>The setting that holds the connection string.</summary>
    public const string SettingName = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>The name of the connection string (<c>ConnectionStrings:SafetyBot</c>).</summary>
    public const string ConnectionStringName = "SafetyBot";

    /// <summary>How often an access token is fetched again when the last fetch worked: well before it expires (about an hour).</summary>
    public static readonly TimeSpan TokenRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>How soon a failed token fetch is tried again.</summary>
    public static readonly TimeSpan TokenRetryInterval = TimeSpan.FromSeconds(10);

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _listeningSource;
    private readonly Lock _openGate = new();
    private Task? _opened;

    /// <summary>Creates the data source; nothing is connected until <see cref="OpenAsync"/>.</summary>
    /// <param name="connectionString">The connection string (<c>ConnectionStrings:SafetyBot</c>).</param>
    /// <param name="accessTokens">
    /// When given, every new connection's password is an access token from it
    /// (<see cref="PostgreSqlAuthentication.ManagedIdentity"/>): fetched before the first connection, refreshed every
    /// <see cref="TokenRefreshInterval"/>, and after a failure every <see cref="TokenRetryInterval"/>. The connection
    /// string must then hold no password.
    /// </param>
    /// <exception cref="StoreUnavailableException">The connection string cannot be read (the message names the setting, never the password).</exception>
    public PostgreSqlDatabase(string? connectionString, IPostgreSqlAccessTokenSource? accessTokens = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreUnavailableException($"{SettingName} is required when Storage:Provider is PostgreSql.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The exception's message may quote the string, password included: only its kind is told.
            throw new StoreUnavailableException($"{SettingName} is not a valid PostgreSQL connection string.", new FormatException(exception.GetType().Name));
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StoreUnavailableException($"{SettingName} names no Host.");
        }

        if (accessTokens is not null && !string.IsNullOrEmpty(builder.Password))
        {
            throw new StoreUnavailableException($"{SettingName} holds a password, but Storage:PostgreSqlAuthentication is ManagedIdentity: remove the password.");
        }

        Description = $"the PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port} ({SettingName})";
        // A pooled connection is not reset (DISCARD ALL) on its way back to the pool unless the string asks for it: the
        // stores leave no session state behind (the turn lock and the migrations' lock are released in finally blocks,
        // a broken connection is never pooled, and LISTEN is only done on connections outside the pool), and the reset is a round trip on every use, most of a turn's.
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        _dataSource = Build(builder.ConnectionString, accessTokens);
        // LISTEN is session state too, and a listener may give up its connection while it listens: its connections are
        // never pooled, so none goes back to the pool (or to a store) still listening.
        _listeningSource = Build(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ConnectionString, accessTokens);
    }

    private static NpgsqlDataSource Build(string connectionString, IPostgreSqlAccessTokenSource? accessTokens)
    {
        var sourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
        if (accessTokens is not null)
        {
            sourceBuilder.UsePeriodicPasswordProvider(
                (_, cancellationToken) => accessTokens.GetTokenAsync(cancellationToken),
                TokenRefreshInterval,
                TokenRetryInterval);
        }

        return sourceBuilder.Build();
    }

    /// <summary>Which database this is, for messages: database, host and port, and the setting; never the password.</summary>
    public string Description { get; }

    /// <summary>The pooled connections.</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>
    /// Connects and brings the schema up to date (<see cref="PostgreSqlMigrations"/>: versioned, idempotent, under an
    /// advisory lock so that instances starting at once apply each migration once).
    /// </summary>
    /// <exception cref="StoreUnavailableException">The database cannot be reached or used; the message names the setting, never the password.</exception>
    public Task OpenAsync(CancellationToken cancellationToken = default)
    {
        lock (_openGate)
        {
            // Once per process; a failed attempt is tried again by the next caller.
            if (_opened is null || _opened.IsFaulted || _opened.IsCanceled)
            {
                _opened = MigrateAsync(cancellationToken);
            }

            return _opened;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PostgreSqlMigrations.ApplyAsync(_dataSource, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new StoreUnavailableException($"SafetyBot cannot use {Description}: {CauseOf(exception)}.", exception);
        }
    }

    /// <summary>Opens a connection from the pool.</summary>
    public ValueTask<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken = default) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Opens a connection of its own, outside the pool, for <c>LISTEN</c>: closed for good when disposed, so it never
    /// goes back to the pool still listening (<see cref="PostgreSqlListener"/>).
    /// </summary>
    public ValueTask<NpgsqlConnection> ConnectToListenAsync(CancellationToken cancellationToken = default) => _listeningSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction (READ COMMITTED; row locks taken by the work decide races):
    /// committed when it returns, rolled back when it throws.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>What went wrong, in plain words, without any part of the connection string.</summary>
    public static string CauseOf(Exception exception) => exception switch
    {
        PostgresException postgres => $"PostgreSQL refused it ({postgres.SqlState}: {postgres.MessageText})",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException socket } => $"it cannot be reached ({socket.SocketErrorCode})",
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "it did not answer in time",
        NpgsqlException npgsql => $"it cannot be reached ({npgsql.Message})",
        _ => exception.GetType().Name,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _listeningSource.Dispose();
        _dataSource.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _listeningSource.DisposeAsync().ConfigureAwait(false);
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
