using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyBot.Cards.Model;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Cards;

/// <summary>
/// Every card the bot can produce, generated from the seed data, through the official Adaptive
/// Cards renderer (npm adaptivecards, Tests/e2e/validate-cards.mjs): no errors, no warnings other
/// than Teams' own Chart.* elements; schema 1.5; under 28 KB; every Action.Submit has a verb;
/// every ToggleVisibility target exists; no empty FactSet; every reply has a plain-text summary.
/// </summary>
public sealed class CardRendererTests(ITestOutputHelper output) : IDisposable
{
    private readonly EveryCard _cards = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _cards.Dispose();
    }

    [Fact]
    public async Task EveryCard_IsAcceptedByTheOfficialRenderer_AndKeepsTheTeamsRules()
    {
        var cards = await _cards.BuildAsync();
        var problems = cards.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: name used twice").ToList();
        var largest = (Name: string.Empty, Bytes: 0);
        foreach (var (name, reply) in cards)
        {
            var json = AdaptiveCardSerializer.Serialize(reply.Card, indented: true);
            await File.WriteAllTextAsync(_folder.File(name + ".json"), json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var bytes = ByteSize.Of(reply.Card);
            largest = bytes > largest.Bytes ? (name, bytes) : largest;
            problems.AddRange(RuleProblems(name, JsonNode.Parse(json)!.AsObject(), bytes, reply.Summary));
        }

        var (exitCode, stdout, stderr) = await NodeTool.RunAsync("validate-cards.mjs", [_folder.Path], TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, $"validate-cards.mjs failed ({exitCode}):\n{stderr}");
        using var report = JsonDocument.Parse(stdout);
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        var chartWarnings = 0;
        foreach (var file in files)
        {
            var fileName = file.GetProperty("name").GetString();
            foreach (var finding in file.GetProperty("errors").EnumerateArray().Concat(file.GetProperty("warnings").EnumerateArray()))
            {
                problems.Add($"{fileName}: {finding.GetProperty("event").GetString()}: {finding.GetProperty("message").GetString()}");
            }

            foreach (var allowed in file.GetProperty("allowedChartWarnings").EnumerateArray())
            {
                chartWarnings++;
                if (allowed.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Chart.", StringComparison.Ordinal) != true)
                {
                    problems.Add($"{fileName}: allowed warning for a non-chart type {type.GetString()}");
                }
            }
        }

        var validator = report.RootElement.GetProperty("validator");
        output.WriteLine(
            $"cards: {cards.Count} generated, {files.Count} validated by adaptivecards {validator.GetProperty("adaptivecards").GetString()} " +
            $"(target {validator.GetProperty("targetVersion").GetString()}), {files.Count(f => f.GetProperty("ok").GetBoolean())} ok, " +
            $"{files.Count(f => f.GetProperty("allowedChartWarnings").GetArrayLength() > 0)} with Teams charts ({chartWarnings} chart elements), " +
            $"largest {ByteSize.Format(largest.Bytes)} ({largest.Name}), {problems.Count} problems");
        Assert.Equal(cards.Count, files.Count);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }

    /// <summary>The rules the official renderer does not check.</summary>
    private static IEnumerable<string> RuleProblems(string name, JsonObject card, int bytes, string summary)
    {
        if ((string?)card["version"] != "1.5")
        {
            yield return $"{name}: version is {Text(card, "version")}, not 1.5";
        }

        if (bytes >= ByteSize.RecommendedMaximum)
        {
            yield return $"{name}: {ByteSize.Format(bytes)}, over {ByteSize.Format(ByteSize.RecommendedMaximum)}";
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            yield return $"{name}: the reply has no plain-text summary";
        }

        var objects = Descendants(card).ToList();
        var ids = objects.Select(o => (string?)o["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var node in objects)
        {
            switch ((string?)node["type"])
            {
                case "Action.Submit" when string.IsNullOrWhiteSpace(node["data"]?["verb"] is JsonValue verb && verb.TryGetValue(out string? text) ? text : null):
                    yield return $"{name}: Action.Submit \"{Text(node, "title")}\" has no verb";
                    break;
                case "Action.ToggleVisibility":
                    foreach (var target in node["targetElements"]?.AsArray() ?? [])
                    {
                        var id = target is JsonObject o ? (string?)o["elementId"] : (string?)target;
                        if (id is null || !ids.Contains(id))
                        {
                            yield return $"{name}: Action.ToggleVisibility targets missing element '{id}'";
                        }
                    }

                    break;
                case "FactSet" when node["facts"] is not JsonArray { Count: > 0 }:
                    yield return $"{name}: empty FactSet";
                    break;
            }
        }
    }

    private static string? Text(JsonObject node, string property) => node[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
