using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyBot.Bot.Hosting;
using SafetyBot.Dialogs.Language;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Understanding a question, in process: the app's own services (AddSafetyBot, its seeded store), each question's
/// text cleaned as the router cleans it, then each <see cref="Stage"/> timed. Today the one stage is the recogniser
/// (without the cache of recent understandings, so every call does the work of a question asked for the first
/// time); passage retrieval joins through <see cref="RetrievalStages"/>.
/// </summary>
internal static class RecognitionBenchmark
{
    /// <summary>One step of understanding a question, resolved from the app's services.</summary>
    /// <param name="Name">What the step is, for the report.</param>
    /// <param name="Run">The step, given the cleaned text; returns what it produced (kept alive, so nothing is optimised away).</param>
    private sealed record Stage(string Name, Func<string, object?> Run);

    public static async Task<int> RunAsync(string root, int rounds)
    {
        var data = Path.Combine(Path.GetTempPath(), "safetybot-bench-recognition-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = data });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = Path.Combine(data, "recognition.db"),
                ["Telemetry:Exporter"] = "None",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.AddSafetyBot(builder.Configuration);
            using var host = builder.Build();
            await host.StartAsync().ConfigureAwait(false);
            try
            {
                Measure(host.Services, QuestionSet.Load(root), rounds);
            }
            finally
            {
                await host.StopAsync().ConfigureAwait(false);
            }

            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    /// <summary>Recognition, then whatever retrieval the app has.</summary>
    private static List<Stage> Stages(IServiceProvider services)
    {
        // The recogniser itself, not the IIntentRecognizer the router uses (RecentUnderstandings, which remembers texts).
        IIntentRecognizer recognizer = services.GetRequiredService<IntentRecognizer>();
        List<Stage> stages = [new("recognise", recognizer.Recognize)];
        stages.AddRange(RetrievalStages(services));
        return stages;
    }

    /// <summary>
    /// EXTENSION POINT for passage retrieval (issue 13): when the app registers its passage search, add a stage here
    /// that resolves it from <paramref name="services"/> and searches with the cleaned text (and, to match the
    /// handlers, the recognised topic), e.g. <c>yield return new("retrieve", text => search.Search(text, ...));</c>.
    /// Every stage is timed on its own and in the per-question total.
    /// </summary>
    private static IEnumerable<Stage> RetrievalStages(IServiceProvider services)
    {
        _ = services;
        yield break;
    }

    private static void Measure(IServiceProvider services, IReadOnlyList<string> questions, int rounds)
    {
        var stages = Stages(services);
        var texts = questions.Select(MentionText.Clean).ToArray();
        object? sink = null;
        for (var warm = 0; warm < 3; warm++)
        {
            foreach (var text in texts)
            {
                foreach (var stage in stages)
                {
                    sink = stage.Run(text);
                }
            }
        }

        // times[stage][question][round] in microseconds; the last "stage" is the total.
        var times = new double[stages.Count + 1][][];
        for (var s = 0; s <= stages.Count; s++)
        {
            times[s] = texts.Select(_ => new double[rounds]).ToArray();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < texts.Length; q++)
            {
                var total = 0.0;
                for (var s = 0; s < stages.Count; s++)
                {
                    var started = Stopwatch.GetTimestamp();
                    sink = stages[s].Run(texts[q]);
                    var micros = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                    times[s][q][round] = micros;
                    total += micros;
                }

                times[stages.Count][q][round] = total;
            }
        }

        GC.KeepAlive(sink);
        Console.WriteLine($"Understanding a question in process: {texts.Length} distinct questions (questions.tsv questions, tuning.tsv, {QuestionSet.Extra.Length} extra), {rounds} rounds each after 3 warm-up rounds; stages: {string.Join(", ", stages.Select(s => s.Name))}" +
            (stages.Count == 1 ? " (no passage retrieval registered yet: see RecognitionBenchmark.RetrievalStages)" : string.Empty));
        Console.WriteLine();
        Console.WriteLine("| stage | median µs | p99 µs | max µs | calls |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var s = 0; s <= stages.Count; s++)
        {
            var all = times[s].SelectMany(t => t).Order().ToArray();
            var name = s < stages.Count ? stages[s].Name : "total per question";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Load.Percentile(all, 0.5):0} | {Load.Percentile(all, 0.99):0} | {all[^1]:0} | {all.Length} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Slowest questions (median of their rounds, total):");
        var medians = texts.Select((text, q) => (text, median: Load.Percentile(times[stages.Count][q].Order().ToArray(), 0.5)));
        foreach (var (text, median) in medians.OrderByDescending(m => m.median).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {median,8:0} µs  {text}"));
        }
    }
}
