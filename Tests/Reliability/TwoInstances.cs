using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Bot.Proactive;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// Bot processes (two, usually) on one new PostgreSQL database of their own, as instances behind a load balancer:
/// each keeps its local copy of the shared knowledge in a file of its own and its own log
/// (<see cref="BotProcess.Output"/>). Dispose ends every instance started, then drops the database and the folder.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TwoInstances : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<(string Name, BotProcess Bot)> _started = [];

    /// <summary>The database the instances share.</summary>
    public TempPostgresDatabase Database { get; } = new();

    /// <summary>
    /// Starts the instance <paramref name="name"/> on the shared database (PostgreSQL, the admin <see cref="TestUser.Admin"/>,
    /// no quarterly summary) with <paramref name="settings"/> over those, and returns it once it is healthy.
    /// </summary>
    public async Task<BotProcess> StartAsync(string name, IDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["ConnectionStrings__SafetyBot"] = Database.ConnectionString,
            ["Roles__Admins__0"] = TestUser.Admin.AadObjectId,
            ["QuarterlySummary__Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var bot = await BotProcess.StartAsync(_folder.File($"{name}.db"), all);
        lock (_started)
        {
            _started.Add((name, bot));
        }

        return bot;
    }

    /// <summary>
    /// Subscribes each of <paramref name="channels"/> as if a year ago, long before the last quarterly occurrence, so
    /// that its summary is due when an instance starts.
    /// </summary>
    public async Task SubscribeLongAgoAsync(string serviceUrl, IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        await using var store = await Database.OpenAsync();
        var subscriptions = new PostgreSqlSubscriptionStore(store, new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(-1)));
        foreach (var channel in channels)
        {
            await TeamsConversations.SubscribeAsync(subscriptions, serviceUrl, channel);
        }
    }

    /// <summary>Writes every instance's log to <paramref name="output"/>, one instance after the other.</summary>
    public void WriteLogs(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        lock (_started)
        {
            foreach (var (name, bot) in _started)
            {
                output.WriteLine($"---- instance {name} ----");
                foreach (var line in bot.Output)
                {
                    output.WriteLine(line);
                }
            }
        }
    }

    /// <summary>The first column of every row <paramref name="sql"/> (the test's own constant SQL) returns.</summary>
    public async Task<List<T>> ColumnAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The test's own constant SQL.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The number <paramref name="sql"/> (the test's own constant SQL, a count) returns.</summary>
    public async Task<long> ScalarAsync(string sql) =>
        Convert.ToInt64((await ColumnAsync(sql, reader => reader.GetValue(0))).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Polls <paramref name="condition"/> until it holds; <see cref="TimeoutException"/> after <paramref name="within"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {within} for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _started.ForEach(started => started.Bot.Dispose());
        NpgsqlConnection.ClearAllPools();
        Database.Dispose();
        _folder.Dispose();
    }
}
