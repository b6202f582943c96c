using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.E2E;

/// <summary>
/// deployment/azure: main.bicep compiles and lints clean with the Bicep CLI from NuGet
/// (Azure.Bicep.CommandLine.&lt;rid&gt;, fetched by deployment/azure/bicep-cli/bicep-cli.proj), and
/// describes what SafetyBot runs on; main.parameters.json matches it.
/// </summary>
public sealed class DeploymentTemplateTests
{
    private static readonly string AzureFolder = Path.Combine(ProcessRunner.RepositoryRoot, "deployment", "azure");
    private static readonly Lazy<Task<string>> Bicep = new(FindBicepAsync);

    [Fact]
    public async Task Template_CompilesAndLintsWithoutDiagnostics()
    {
        var bicep = await Bicep.Value;

        var build = await ProcessRunner.RunAsync(bicep, ["build", "main.bicep", "--stdout"], AzureFolder, TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, $"bicep build failed:\n{build.StandardError}");
        Assert.True(string.IsNullOrWhiteSpace(build.StandardError), $"bicep build reported:\n{build.StandardError}");
        Assert.NotNull(JsonNode.Parse(build.StandardOutput));

        var lint = await ProcessRunner.RunAsync(bicep, ["lint", "main.bicep"], AzureFolder, TimeSpan.FromMinutes(3));
        Assert.True(lint.ExitCode == 0 && string.IsNullOrWhiteSpace(lint.StandardError + lint.StandardOutput), $"bicep lint reported:\n{lint.StandardOutput}\n{lint.StandardError}");
    }

    [Fact]
    public async Task Template_DeclaresTheBotItsWebAppAndTheSecretInKeyVault()
    {
        var template = await CompileAsync();
        var resources = Resources(template).Where(r => r["condition"] is null).ToList();

        Assert.Equal(
            ["Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels", "Microsoft.KeyVault/vaults",
             "Microsoft.KeyVault/vaults/accessPolicies", "Microsoft.KeyVault/vaults/secrets", "Microsoft.Web/serverfarms", "Microsoft.Web/sites"],
            resources.Select(r => (string)r["type"]!).Order(StringComparer.Ordinal));

        var plan = Single(resources, "Microsoft.Web/serverfarms");
        Assert.True((bool)plan["properties"]!["reserved"]!); // Linux

        var site = Single(resources, "Microsoft.Web/sites");
        Assert.Contains("'SystemAssigned'", Text(site["identity"]!), StringComparison.Ordinal);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        // The app settings are a variable (plus the optional OTLP one) that the site's appSettings concatenates.
        Assert.Contains("baseAppSettings", config["appSettings"]!.ToJsonString(), StringComparison.Ordinal);
        var settings = template["variables"]!.ToJsonString();
        foreach (var name in new[]
                 {
                     "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "Storage__DatabasePath",
                     "WEBSITES_ENABLE_APP_SERVICE_STORAGE", "Roles__Admins__0", "Telemetry__Exporter", "QuarterlySummary__Schedule",
                     "QuarterlySummary__TimeZone", "QuarterlySummary__Enabled",
                 })
        {
            Assert.Contains($"\"{name}\"", settings, StringComparison.Ordinal);
        }

        Assert.Contains("/home/data/safetybot.db", settings, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(VaultName=", settings, StringComparison.Ordinal);

        var policy = Text(Single(resources, "Microsoft.KeyVault/vaults/accessPolicies"));
        Assert.Contains("createObject('secrets', createArray('get'))", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'list'", policy, StringComparison.Ordinal);
        Assert.Contains("principalId", policy, StringComparison.Ordinal);

        var bot = Single(resources, "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Contains("messagingEndpoint", bot["properties"]!["endpoint"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("[format('https://{0}.azurewebsites.net/api/messages', parameters('webAppName'))]", (string?)template["variables"]!["messagingEndpoint"]);
        var channel = Single(resources, "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);

        Assert.Equal("securestring", (string?)template["parameters"]!["botAppPassword"]!["type"]);
        Assert.DoesNotContain("botAppPassword", template["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_OnPostgreSql_AddsAPrivateEntraOnlyServerTwoInstancesAndAStagingSlot()
    {
        var template = await CompileAsync();
        var storage = template["parameters"]!["storage"]!;
        Assert.Equal("liteDb", (string?)storage["defaultValue"]);
        Assert.Equal(["liteDb", "postgreSql"], storage["allowedValues"]!.AsArray().Select(v => (string)v!));

        var resources = Resources(template);
        var conditional = resources.Where(r => r["condition"] is not null).ToList();
        Assert.Equal(
            ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforPostgreSQL/flexibleServers/databases", "Microsoft.ManagedIdentity/userAssignedIdentities",
             "Microsoft.Network/privateDnsZones", "Microsoft.Network/privateDnsZones/virtualNetworkLinks", "Microsoft.Network/virtualNetworks",
             "Microsoft.Resources/deployments", "Microsoft.Web/sites/slots"],
            conditional.Select(r => (string)r["type"]!).Order(StringComparer.Ordinal));
        Assert.All(conditional, r => Assert.Equal("[variables('onPostgreSql')]", (string?)r["condition"]));
        Assert.Equal("[equals(parameters('storage'), 'postgreSql')]", (string?)template["variables"]!["onPostgreSql"]);

        // The smallest Burstable server, reachable only from the app's virtual network, Entra sign-in only.
        var server = Single(resources, "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal("Burstable", (string?)server["sku"]!["tier"]);
        Assert.Equal("Standard_B1ms", (string?)server["sku"]!["name"]);
        Assert.Equal("Disabled", (string?)server["properties"]!["network"]!["publicNetworkAccess"]);
        Assert.Contains("delegatedSubnetResourceId", server["properties"]!["network"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Enabled", (string?)server["properties"]!["authConfig"]!["activeDirectoryAuth"]);
        Assert.Equal("Disabled", (string?)server["properties"]!["authConfig"]!["passwordAuth"]);
        Assert.Null(server["properties"]!["administratorLoginPassword"]);

        // Two instances and a staging slot (Standard or above) on PostgreSQL; one instance on LiteDB.
        var plan = Single(resources, "Microsoft.Web/serverfarms");
        Assert.Equal("[if(variables('onPostgreSql'), 2, 1)]", (string?)plan["sku"]!["capacity"]);
        Assert.Contains("'S1'", (string?)template["variables"]!["planSku"], StringComparison.Ordinal);
        var slot = Single(resources, "Microsoft.Web/sites/slots");
        Assert.Contains("staging", slot["name"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("/healthz", (string?)slot["properties"]!["siteConfig"]!["healthCheckPath"]);

        // The app signs in as the managed identity: a connection string with no password.
        var settings = Text(template);
        Assert.Contains("'Storage__Provider', 'value', 'PostgreSql'", settings, StringComparison.Ordinal);
        Assert.Contains("'Storage__PostgreSqlAuthentication', 'value', 'ManagedIdentity'", settings, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__SafetyBot", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", settings, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SSL Mode=VerifyFull", settings, StringComparison.Ordinal);

        // The identity is the server's Entra administrator (a module: its name is the principal id).
        var admin = Single(resources, "Microsoft.Resources/deployments").ToJsonString();
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers/administrators", admin, StringComparison.Ordinal);
        Assert.Contains("ServicePrincipal", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParametersExample_MatchesTheTemplate()
    {
        var template = await CompileAsync();
        var declared = template["parameters"]!.AsObject();
        var example = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AzureFolder, "main.parameters.json")))!;
        var given = example["parameters"]!.AsObject();

        Assert.Contains("deploymentParameters.json", (string?)example["$schema"], StringComparison.Ordinal);
        foreach (var (name, value) in given)
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare.");
            var allowed = declared[name]!["allowedValues"]?.AsArray().Select(v => v!.ToJsonString()).ToList();
            if (allowed is not null)
            {
                Assert.Contains(value!["value"]!.ToJsonString(), allowed);
            }
        }

        // Every parameter without a default is in the example, except the secret (given on the command line).
        var required = declared.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).ToList();
        Assert.Equal(["botAppPassword"], required.Where(name => !given.ContainsKey(name)));
        Assert.False(given.ContainsKey("botAppPassword"), "The client secret must not be in a committed parameters file.");
    }

    private static async Task<JsonObject> CompileAsync()
    {
        var build = await ProcessRunner.RunAsync(await Bicep.Value, ["build", "main.bicep", "--stdout"], AzureFolder, TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, $"bicep build failed:\n{build.StandardError}");
        return JsonNode.Parse(build.StandardOutput)!.AsObject();
    }

    private static List<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => r!.AsObject()).ToList(),
        JsonObject map => map.Select(r => r.Value!.AsObject()).ToList(),
        _ => throw new InvalidDataException("The template has no resources."),
    };

    /// <summary>The node as JSON text with ARM expressions readable (quotes and apostrophes not escaped).</summary>
    private static string Text(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static JsonObject Single(List<JsonObject> resources, string type) =>
        Assert.Single(resources, r => (string?)r["type"] == type);

    /// <summary>Restores bicep-cli.proj (a NuGet download) and asks MSBuild where the binary is.</summary>
    private static async Task<string> FindBicepAsync()
    {
        var project = Path.Combine(AzureFolder, "bicep-cli", "bicep-cli.proj");
        var restore = await ProcessRunner.RunAsync("dotnet", ["restore", project], ProcessRunner.RepositoryRoot, TimeSpan.FromMinutes(5));
        Assert.True(restore.ExitCode == 0, $"dotnet restore of the Bicep CLI package failed:\n{restore.StandardOutput}\n{restore.StandardError}");

        var query = await ProcessRunner.RunAsync("dotnet", ["msbuild", project, "-getProperty:BicepExe"], ProcessRunner.RepositoryRoot, TimeSpan.FromMinutes(2));
        var bicep = query.StandardOutput.Trim();
        Assert.True(query.ExitCode == 0 && File.Exists(bicep), $"The Bicep CLI was not found after restore ('{bicep}'):\n{query.StandardError}");
        return bicep;
    }
}
