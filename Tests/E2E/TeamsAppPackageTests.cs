using System.IO.Compression;
using System.Text.Json.Nodes;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// deployment/teams: the packaging script builds a Teams app package whose manifest passes the
/// newest schema bundled with npm @microsoft/app-manifest (offline), with icons Teams accepts.
/// </summary>
public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "5b0c7e2a-9d41-4f8e-8a36-2c1d0e9f7a11";
    private const string Domain = "safetybot-test.azurewebsites.net";

    private static readonly string PackageScript = Path.Combine(ProcessRunner.RepositoryRoot, "deployment", "teams", "package.mjs");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Package_HoldsExactlyTheManifestAndTwoIcons()
    {
        using var archive = ZipFile.OpenRead(await BuildPackageAsync());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Manifest_IsValidAgainstTheNewestBundledSchema()
    {
        using var archive = ZipFile.OpenRead(await BuildPackageAsync());
        var manifestFile = _folder.File("extracted-manifest.json");
        archive.GetEntry("manifest.json")!.ExtractToFile(manifestFile);

        var (exitCode, output, error) = await NodeTool.RunAsync("validate-manifest.mjs", [manifestFile], TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, $"validate-manifest.mjs failed:\n{output}\n{error}");
        var report = JsonNode.Parse(output)!;
        Assert.True((bool)report["ok"]!, $"Manifest errors:\n{output}");
        Assert.Equal((string?)report["newestBundled"], (string?)report["manifestVersion"]);
    }

    [Fact]
    public async Task Manifest_CarriesTheBotIdScopesCommandsAndDomain()
    {
        using var archive = ZipFile.OpenRead(await BuildPackageAsync());
        using var stream = archive.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(stream)!;

        Assert.Equal(AppId, (string?)manifest["id"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.True((bool)bot["supportsFiles"]!); // analysts attach data files in a personal chat
        Assert.False((bool)bot["isNotificationOnly"]!);
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]);
        Assert.Equal(
            ["How has dwelling burglary changed?", "How do we compare with similar areas?", "Walk me through the priorities", "Log an update", "Show the quarterly summary", "Help"],
            commands);
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ColorIcon_Is192SquareAndDrawn()
    {
        using var archive = ZipFile.OpenRead(await BuildPackageAsync());
        var icon = ReadPng(archive, "color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        var colours = Enumerable.Range(0, icon.Width * icon.Height)
            .Select(i => (icon.Rgba[i * 4], icon.Rgba[(i * 4) + 1], icon.Rgba[(i * 4) + 2]))
            .Distinct()
            .Count();
        Assert.True(colours > 10, $"color.png looks blank ({colours} colours).");
    }

    [Fact]
    public async Task OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        using var archive = ZipFile.OpenRead(await BuildPackageAsync());
        var icon = ReadPng(archive, "outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType); // RGBA: it has an alpha channel
        var painted = 0;
        var transparent = 0;
        for (var i = 0; i < icon.Width * icon.Height; i++)
        {
            var (r, g, b, a) = (icon.Rgba[i * 4], icon.Rgba[(i * 4) + 1], icon.Rgba[(i * 4) + 2], icon.Rgba[(i * 4) + 3]);
            if (a == 0)
            {
                transparent++;
                continue;
            }

            Assert.True(r == 255 && g == 255 && b == 255, $"Pixel {i % 32},{i / 32} is ({r},{g},{b},{a}): only white and transparent are allowed.");
            painted++;
        }

        Assert.True(painted > 50, $"outline.png has only {painted} painted pixels.");
        Assert.True(transparent > 500, $"outline.png has only {transparent} transparent pixels.");
    }

    [Fact]
    public async Task Script_RefusesAnAppIdThatIsNotAGuid()
    {
        var (exitCode, _, error) = await NodeTool.RunAsync(PackageScript, ["--app-id", "not-a-guid", "--out", _folder.File("bad")], TimeSpan.FromMinutes(1));

        Assert.Equal(2, exitCode);
        Assert.Contains("--app-id must be a GUID", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("bad")));
    }

    private static PngImage ReadPng(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return PngImage.Read(memory.ToArray());
    }

    private async Task<string> BuildPackageAsync()
    {
        var output = _folder.File("package");
        var (exitCode, stdout, stderr) = await NodeTool.RunAsync(
            PackageScript, ["--app-id", AppId, "--domain", Domain, "--out", output], TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"package.mjs failed:\n{stdout}\n{stderr}");
        var zip = Path.Combine(output, "safetybot-teams.zip");
        Assert.True(File.Exists(zip), $"No package at {zip}:\n{stdout}");
        return zip;
    }
}
