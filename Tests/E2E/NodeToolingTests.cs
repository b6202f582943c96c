using System.Globalization;
using System.Text.RegularExpressions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// The node test suites of Tests/e2e: the card validator and the Playground driver against a fake bot.
/// Every node test must run and pass: a skipped one (the Playground tests skip themselves when
/// Chromium is missing) fails this test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NodeToolingTests
{
    [Fact]
    public async Task NodeTestSuites_EveryTestRunsAndPasses()
    {
        var (exitCode, output, error) = await NodeTool.RunAsync("--test", ["--test-reporter=tap", "test/"], TimeSpan.FromMinutes(4));

        Assert.True(exitCode == 0, $"node --test failed:\n{output}\n{error}");
        var tests = Count(output, "tests");
        Assert.True(tests > 0, $"node --test ran no tests:\n{output}");
        var skipped = SkippedLine().Matches(output).Select(m => m.Value.Trim()).ToList();
        Assert.True(skipped.Count == 0, $"node --test skipped {skipped.Count} tests:\n{string.Join('\n', skipped)}");
        Assert.Equal(
            $"pass {tests}, fail 0, cancelled 0, skipped 0, todo 0",
            $"pass {Count(output, "pass")}, fail {Count(output, "fail")}, cancelled {Count(output, "cancelled")}, skipped {Count(output, "skipped")}, todo {Count(output, "todo")}");
    }

    /// <summary>A count from the TAP reporter's closing summary, e.g. <c># skipped 0</c>.</summary>
    private static int Count(string tap, string name)
    {
        var line = Regex.Match(tap, $@"^# {name} (\d+)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        Assert.True(line.Success, $"node --test printed no \"# {name}\" count:\n{tap}");
        return int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>A TAP result line with a SKIP or TODO directive.</summary>
    [GeneratedRegex(@"^\s*(?:not )?ok \d+ .*# (?:SKIP|TODO)\b.*$", RegexOptions.Multiline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex SkippedLine();
}
