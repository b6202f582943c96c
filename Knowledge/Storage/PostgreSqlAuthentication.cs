namespace SafetyBot.Knowledge.Storage;

/// <summary>How SafetyBot signs in to PostgreSQL (setting <c>Storage:PostgreSqlAuthentication</c>).</summary>
public enum PostgreSqlAuthentication
{
    /// <summary>The password is in the connection string (the default), or none is needed.</summary>
    Password,

    /// <summary>
    /// Microsoft Entra ID with the app's managed identity: an access token is the password, fetched before the first
    /// connection and refreshed well before it expires. The connection string must hold no password.
    /// </summary>
    ManagedIdentity,
}
