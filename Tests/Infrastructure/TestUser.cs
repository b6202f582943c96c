namespace SafetyBot.Tests.Infrastructure;

/// <summary>A Teams member as the tests speak for them.</summary>
public sealed record TestUser(string Id, string Name, string AadObjectId)
{
    public static TestUser Member { get; } = new("29:member", "Mo Member", "00000000-0000-0000-0000-00000000a001");

    public static TestUser Lead { get; } = new("29:lead", "Lee Lead", "00000000-0000-0000-0000-00000000a002");

    public static TestUser Admin { get; } = new("29:admin", "Ada Admin", "00000000-0000-0000-0000-00000000a003");

    public static TestUser Analyst { get; } = new("29:analyst", "Ann Analyst", "00000000-0000-0000-0000-00000000a004");
}
