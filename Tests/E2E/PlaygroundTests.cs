using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// The running bot in the Microsoft 365 Agents Playground (Teams' own client and card renderer),
/// driven by headless Chromium. Screenshots are kept under Tests/e2e/artifacts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public PlaygroundTests()
    {
        _host = new BotHost(_folder.File("playground.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Hello_InThePlayground_IsGreetedByName()
    {
        var endpoint = new Uri(_host.Http.BaseAddress!, "/api/messages").ToString();
        var artifacts = Path.Combine(NodeTool.E2eFolder, "artifacts", "hello");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true); // The screenshot must be this run's.
        }

        var (exitCode, output, error) = await NodeTool.RunAsync("smoke.mjs", [endpoint, artifacts], TimeSpan.FromMinutes(4));

        Assert.True(exitCode == 0, $"smoke.mjs failed:\n{output}\n{error}");
        Assert.Contains("Hello Morgan!", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(artifacts, "hello.png")));
    }
}
