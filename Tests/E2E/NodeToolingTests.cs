using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>The node test suites of Tests/e2e: the card validator and the Playground driver against a fake bot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NodeToolingTests
{
    [Fact]
    public async Task NodeTestSuites_Pass()
    {
        var (exitCode, output, error) = await NodeTool.RunAsync("--test", ["test/"], TimeSpan.FromMinutes(4));

        Assert.True(exitCode == 0, $"node --test failed:\n{output}\n{error}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
