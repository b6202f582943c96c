namespace SafetyBot.Tests.E2E;

/// <summary>
/// Tests that start the Agents Playground and headless Chromium run one at a time: the machine
/// has two cores, and several browsers at once make the bounded waits flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
