using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// The settings that put the app on one provider: nothing for LiteDB (the default); for PostgreSQL, the provider and
/// a connection string to a database of its own (dropped on dispose). Add them to a <see cref="BotHost"/>'s settings.
/// </summary>
public sealed class ProviderSettings : IDisposable
{
    private readonly TempPostgresDatabase? _postgres;

    public ProviderSettings(StoreProvider provider)
    {
        Provider = provider;
        _postgres = provider == StoreProvider.PostgreSql ? new TempPostgresDatabase() : null;
    }

    public StoreProvider Provider { get; }

    /// <summary>The throwaway PostgreSQL database (null on LiteDB).</summary>
    public TempPostgresDatabase? Postgres => _postgres;

    /// <summary>The settings, added to <paramref name="others"/>.</summary>
    public Dictionary<string, string?> With(IDictionary<string, string?>? others = null)
    {
        var settings = new Dictionary<string, string?>(others ?? new Dictionary<string, string?>());
        if (_postgres is not null)
        {
            settings["Storage:Provider"] = nameof(StoreProvider.PostgreSql);
            settings[PostgreSqlDatabase.SettingName] = _postgres.ConnectionString;
        }

        return settings;
    }

    public void Dispose() => _postgres?.Dispose();
}
