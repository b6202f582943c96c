namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of the tests: <c>SAFETYBOT_TEST_POSTGRES</c> holds a connection string to it (as a
/// superuser, to its <c>postgres</c> database). <c>./test.sh</c> starts a throwaway server and sets it; by hand,
/// <c>eval "$(scripts/test-postgres.sh start)"</c>. A test that needs it fails (never skips) when it is not set.
/// </summary>
public static class TestPostgres
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "SAFETYBOT_TEST_POSTGRES";

    /// <summary>The connection string to the server's <c>postgres</c> database.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run ./test.sh (it starts a throwaway PostgreSQL), or eval \"$(scripts/test-postgres.sh start)\" before dotnet test.");
}
