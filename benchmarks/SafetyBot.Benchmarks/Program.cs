using System.Diagnostics;
using System.Globalization;
using SafetyBot.Benchmarks;

// SafetyBot against a bare echo bot on the same SDK, through /api/messages over real HTTP.
//   dotnet run -c Release --project benchmarks/SafetyBot.Benchmarks -- [--conversations 32] [--seconds 20] [--warmup 5]
// Needs `dotnet build -c Release` of the solution first (it runs the built Bot and EchoBot assemblies).
var conversations = Option(args, "--conversations", 32);
var seconds = Option(args, "--seconds", 20);
var warmup = Option(args, "--warmup", 5);
var configuration = args.SkipWhile(a => a != "--configuration").Skip(1).FirstOrDefault() ?? "Release";
var root = FindRoot();
var safetyBotDll = Path.Combine(root, "Bot", "bin", configuration, "net10.0", "SafetyBot.Bot.dll");
var echoBotDll = Path.Combine(root, "benchmarks", "EchoBot", "bin", configuration, "net10.0", "EchoBot.dll");
foreach (var dll in new[] { safetyBotDll, echoBotDll })
{
    if (!File.Exists(dll))
    {
        Console.Error.WriteLine($"{dll} is missing: run `dotnet build SafetyBot.sln -c {configuration}` first.");
        return 2;
    }
}

const string Question = "how has dwelling burglary changed";
const string AdminAad = "00000000-0000-0000-0000-0000000ad001";
var data = Path.Combine(Path.GetTempPath(), "safetybot-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
var safetyEnvironment = new Dictionary<string, string>
{
    ["Storage__DatabasePath"] = Path.Combine(data, "bench.db"),
    ["Telemetry__Exporter"] = "None",
    ["Roles__Admins__0"] = AdminAad,
};

Console.WriteLine($"SafetyBot benchmark: {Environment.ProcessorCount} cores, {conversations} concurrent conversations, {seconds} s per scenario after {warmup} s warm-up, {configuration} build, .NET {Environment.Version}");
try
{
    // Cold start to first answer: process start → the first answered question. First start creates and seeds the store.
    var coldFirst = await ColdStartAsync(safetyBotDll, safetyEnvironment);
    var coldAgain = await ColdStartAsync(safetyBotDll, safetyEnvironment);
    var coldEcho = await ColdStartAsync(echoBotDll, new Dictionary<string, string>());
    Console.WriteLine($"cold start to first answer: SafetyBot {coldFirst:0} ms (new store, seeded), {coldAgain:0} ms (existing store); echo bot {coldEcho:0} ms");

    using var echo = BotUnderTest.Start("echo", echoBotDll, new Dictionary<string, string>());
    await WaitAnswerAsync(echo);
    var echoResult = await LoadAsync(echo, conversations, warmup, seconds, (bot, i, cancel) => Turn(bot, Question, i, "echo", cancel));
    var echoMemory = echo.Memory();

    // The same echo bot reusing Bot Connector clients between turns, as SafetyBot does: what SafetyBot's own work costs.
    LoadResult reusingEchoResult;
    using (var reusingEcho = BotUnderTest.Start("echo-reusing", echoBotDll, new Dictionary<string, string> { ["EchoBot__ReuseClients"] = "true" }))
    {
        await WaitAnswerAsync(reusingEcho);
        reusingEchoResult = await LoadAsync(reusingEcho, conversations, warmup, seconds, (bot, i, cancel) => Turn(bot, Question, i, "echo", cancel));
    }

    using var safetyBot = BotUnderTest.Start("safetybot", safetyBotDll, safetyEnvironment);
    await WaitAnswerAsync(safetyBot);
    var questions = await LoadAsync(safetyBot, conversations, warmup, seconds, (bot, i, cancel) => Turn(bot, Question, i, "question", cancel));

    for (var i = 0; i < conversations; i++)
    {
        await safetyBot.SayAsync("make someone the lead for 1.1-a", "29:admin", AdminAad, "admin-chat");
        var said = await safetyBot.SayAsync($"Bench Lead{i}, {LeadAad(i)}", "29:admin", AdminAad, "admin-chat");
        if (!said.Contains("now leads", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Assigning a lead failed: " + said);
        }
    }

    string[] updateTurns = ["log an update", "on track", "Benchmark update text", "skip", "skip", "save"];
    var saved = 0;
    var updates = await LoadAsync(safetyBot, conversations, warmup, seconds, async (bot, i, cancel) =>
    {
        var turns = new List<double>(updateTurns.Length);
        foreach (var text in updateTurns)
        {
            var started = Stopwatch.GetTimestamp();
            var said = await bot.SayAsync(text, $"29:lead-{i}", LeadAad(i), $"lead-{i}", cancel).ConfigureAwait(false);
            turns.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (text == "save" && said.Contains("Update saved", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref saved);
            }
        }

        return turns;
    });
    var memory = safetyBot.Memory();

    Console.WriteLine();
    Console.WriteLine("| scenario | turns/s | vs echo | vs echo reusing clients | p50 ms | p99 ms | turns |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    Row("echo bot (same SDK, CloudAdapter as it comes)", echoResult, echoResult, reusingEchoResult);
    Row("echo bot reusing Bot Connector clients (as SafetyBot does)", reusingEchoResult, echoResult, reusingEchoResult);
    Row($"SafetyBot question \"{Question}\"", questions, echoResult, reusingEchoResult);
    Row("SafetyBot outcome update (6 typed turns each)", updates, echoResult, reusingEchoResult);
    Console.WriteLine();
    Console.WriteLine($"outcome updates saved: {saved} ({saved / (double)seconds:0.0}/s in the measured window and warm-up)");
    Console.WriteLine($"memory after the run: SafetyBot working set {memory.WorkingSet:0} MB (private resident {memory.PrivateResident:0} MB, peak {memory.Peak:0} MB); echo bot working set {echoMemory.WorkingSet:0} MB");
    Console.WriteLine($"targets: question turns >= 80% of echo: {(questions.Throughput / echoResult.Throughput >= 0.8 ? "met" : "MISSED")} ({questions.Throughput / echoResult.Throughput:P0}; {questions.Throughput / reusingEchoResult.Throughput:P0} of the echo bot reusing clients); " +
        $"p99 <= 50 ms: {(questions.P99 <= 50 ? "met" : "MISSED")} ({questions.P99:0.0}); cold start <= 2 s: {(coldAgain <= 2000 ? "met" : "MISSED")} ({coldAgain:0} ms, {coldFirst:0} ms with a new store); memory <= 250 MB: {(memory.WorkingSet <= 250 ? "met" : "MISSED")} ({memory.WorkingSet:0} MB)");
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

static void Row(string name, LoadResult result, LoadResult echo, LoadResult reusingEcho) =>
    Console.WriteLine($"| {name} | {result.Throughput:0} | {result.Throughput / echo.Throughput:P0} | {result.Throughput / reusingEcho.Throughput:P0} | {result.P50:0.0} | {result.P99:0.0} | {result.Turns} |");

static async Task<List<double>> Turn(BotUnderTest bot, string text, int conversation, string prefix, CancellationToken cancel)
{
    var started = Stopwatch.GetTimestamp();
    await bot.SayAsync(text, $"29:{prefix}-{conversation}", $"00000000-0000-0000-0000-{conversation:000000000000}", $"{prefix}-{conversation}", cancel).ConfigureAwait(false);
    return [Stopwatch.GetElapsedTime(started).TotalMilliseconds];
}

static string LeadAad(int i) => $"00000000-0000-0000-0000-0000001e{i:0000}";

static async Task<double> ColdStartAsync(string dll, Dictionary<string, string> environment)
{
    using var bot = BotUnderTest.Start("cold", dll, environment);
    await WaitAnswerAsync(bot);
    return Stopwatch.GetElapsedTime(bot.StartedAt).TotalMilliseconds;
}

static async Task WaitAnswerAsync(BotUnderTest bot)
{
    var deadline = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            await bot.SayAsync(Question, "29:cold", "00000000-0000-0000-0000-0000000c0001", "cold-" + Guid.NewGuid().ToString("N")).ConfigureAwait(false);
            return;
        }
        catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
    }
}

static async Task<LoadResult> LoadAsync(BotUnderTest bot, int conversations, int warmupSeconds, int seconds, Func<BotUnderTest, int, CancellationToken, Task<List<double>>> turn)
{
    using (var warm = new CancellationTokenSource(TimeSpan.FromSeconds(warmupSeconds)))
    {
        await RunAsync(bot, conversations, turn, warm.Token, null).ConfigureAwait(false);
    }

    var latencies = new List<double>[conversations];
    using var measured = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var clock = Stopwatch.StartNew();
    await RunAsync(bot, conversations, turn, measured.Token, latencies).ConfigureAwait(false);
    var elapsed = clock.Elapsed.TotalSeconds;
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new LoadResult(all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), all.Length);
}

static Task RunAsync(BotUnderTest bot, int conversations, Func<BotUnderTest, int, CancellationToken, Task<List<double>>> turn, CancellationToken stop, List<double>[]? latencies) =>
    Task.WhenAll(Enumerable.Range(0, conversations).Select(i => Task.Run(async () =>
    {
        var mine = new List<double>();
        if (latencies is not null)
        {
            latencies[i] = mine;
        }

        while (!stop.IsCancellationRequested)
        {
            try
            {
                mine.AddRange(await turn(bot, i, CancellationToken.None).ConfigureAwait(false));
            }
            catch (HttpRequestException exception)
            {
                Console.Error.WriteLine($"{bot.Name}: {exception.Message}");
                throw;
            }
        }
    })));

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static int Option(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "SafetyBot.sln")))
        {
            return folder.FullName;
        }
    }

    throw new DirectoryNotFoundException("SafetyBot.sln was not found above the benchmark.");
}

/// <summary>Throughput (turns/s) and latency percentiles (ms) of one scenario.</summary>
internal sealed record LoadResult(double Throughput, double P50, double P99, int Turns);
