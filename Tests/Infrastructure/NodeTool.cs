namespace SafetyBot.Tests.Infrastructure;

/// <summary>Runs the node tooling of Tests/e2e (the official card renderer, the Agents Playground driver).</summary>
public static class NodeTool
{
    /// <summary>Tests/e2e in the source tree.</summary>
    public static string E2eFolder { get; } = FindE2eFolder();

    /// <summary>Runs <c>node {script} {arguments}</c> in Tests/e2e and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(
        string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        EnsureInstalled();
        return ProcessRunner.RunAsync("node", [script, .. arguments], E2eFolder, timeout);
    }

    /// <summary>Fails with a clear message when the node packages are not installed.</summary>
    public static void EnsureInstalled()
    {
        if (!Directory.Exists(Path.Combine(E2eFolder, "node_modules")))
        {
            throw new InvalidOperationException(
                $"The node packages of {E2eFolder} are not installed: run `npm ci` there (./test.sh and .ci/run do it).");
        }
    }

    private static string FindE2eFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Tests", "e2e");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Tests/e2e was not found above the test assembly.");
    }
}
