namespace SafetyBot.Knowledge.Storage;

/// <summary>Where SafetyBot keeps everything it stores (setting <c>Storage:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>One embedded LiteDB file (the default): one instance of the app.</summary>
    LiteDb,

    /// <summary>A PostgreSQL database (<c>ConnectionStrings:SafetyBot</c>): one or several instances.</summary>
    PostgreSql,
}
