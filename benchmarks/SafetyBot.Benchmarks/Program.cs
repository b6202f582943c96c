using System.Diagnostics;
using System.Globalization;
using SafetyBot.Benchmarks;

// SafetyBot against a bare echo bot on the same SDK, through /api/messages over real HTTP; and understanding a question in process.
//   dotnet run -c Release --project benchmarks/SafetyBot.Benchmarks -- [--scenario standard|mixed|settings|storage|recognition] [--conversations 32] [--seconds 20] [--warmup 5] [--repeat 1] [--rounds 20] [--hold 0]
//   standard (default): cold start, one repeated question, outcome updates; mixed: hundreds of distinct questions
//   (--repeat N: the loads take turns N times; --hold N: SafetyBot is kept running N s after the run, idle, for a heap dump); settings: the mixed questions against SafetyBot under runtime settings
//   side by side (--variants "name:VAR=value,VAR=value;name:..."; see SettingsScenario);
//   storage: questions and outcome updates on LiteDB, and on PostgreSQL with one and two instances
//   (--postgres <connection string of a server it may create databases on>, default SAFETYBOT_TEST_POSTGRES);
//   recognition: recognising (and, when the app has it, retrieving for) each question in process, per question.
// Needs `dotnet build -c Release` of the solution first (it runs the built Bot and EchoBot assemblies).
var scenario = Text(args, "--scenario", "standard");
var conversations = Option(args, "--conversations", 32);
var seconds = Option(args, "--seconds", 20);
var warmup = Option(args, "--warmup", 5);
var configuration = Text(args, "--configuration", "Release");
var root = FindRoot();
if (scenario == "recognition")
{
    return await RecognitionBenchmark.RunAsync(root, Option(args, "--rounds", 20));
}

if (scenario is not ("standard" or "mixed" or "storage" or "settings"))
{
    Console.Error.WriteLine($"Unknown scenario '{scenario}': standard, mixed, settings, storage or recognition.");
    return 2;
}

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

var data = Path.Combine(Path.GetTempPath(), "safetybot-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
var safetyEnvironment = new Dictionary<string, string>
{
    ["Storage__DatabasePath"] = Path.Combine(data, "bench.db"),
    ["Telemetry__Exporter"] = "None",
    ["Roles__Admins__0"] = Load.AdminAad,
};

Console.WriteLine($"SafetyBot benchmark ({scenario}): {Environment.ProcessorCount} cores, {conversations} concurrent conversations, {seconds} s per scenario after {warmup} s warm-up, {configuration} build, .NET {Environment.Version}");
try
{
    if (scenario == "storage")
    {
        return await StorageScenario.RunAsync(safetyBotDll, echoBotDll, safetyEnvironment, data, Text(args, "--postgres", Environment.GetEnvironmentVariable("SAFETYBOT_TEST_POSTGRES") ?? string.Empty), conversations, warmup, seconds);
    }

    if (scenario == "settings")
    {
        return await SettingsScenario.RunAsync(root, safetyBotDll, safetyEnvironment, data, Text(args, "--variants", "as built:"), conversations, warmup, seconds, Option(args, "--repeat", 1));
    }

    if (scenario == "mixed")
    {
        return await MixedScenario.RunAsync(root, safetyBotDll, echoBotDll, safetyEnvironment, conversations, warmup, seconds, Option(args, "--repeat", 1), Option(args, "--hold", 0));
    }

    // Cold start to first answer: process start → the first answered question. First start creates and seeds the store.
    var coldFirst = await Startup.ColdStartAsync(safetyBotDll, safetyEnvironment);
    var coldAgain = await Startup.ColdStartAsync(safetyBotDll, safetyEnvironment);
    var coldEcho = await Startup.ColdStartAsync(echoBotDll, new Dictionary<string, string>());
    Console.WriteLine($"cold start to first answer: SafetyBot {coldFirst:0} ms (new store, seeded), {coldAgain:0} ms (existing store); echo bot {coldEcho:0} ms");

    using var echo = BotUnderTest.Start("echo", echoBotDll, new Dictionary<string, string>());
    await Startup.WaitAnswerAsync(echo);
    var echoResult = await Load.RunAsync(echo, conversations, warmup, seconds, (bot, i, cancel) => Load.TurnAsync(bot, Startup.Question, i, "echo", cancel));
    var echoMemory = echo.Memory();

    // The same echo bot reusing Bot Connector clients between turns, as SafetyBot does: what SafetyBot's own work costs.
    LoadResult reusingEchoResult;
    using (var reusingEcho = BotUnderTest.Start("echo-reusing", echoBotDll, new Dictionary<string, string> { ["EchoBot__ReuseClients"] = "true" }))
    {
        await Startup.WaitAnswerAsync(reusingEcho);
        reusingEchoResult = await Load.RunAsync(reusingEcho, conversations, warmup, seconds, (bot, i, cancel) => Load.TurnAsync(bot, Startup.Question, i, "echo", cancel));
    }

    using var safetyBot = BotUnderTest.Start("safetybot", safetyBotDll, safetyEnvironment);
    await Startup.WaitAnswerAsync(safetyBot);
    var questions = await Load.RunAsync(safetyBot, conversations, warmup, seconds, (bot, i, cancel) => Load.TurnAsync(bot, Startup.Question, i, "question", cancel));

    for (var i = 0; i < conversations; i++)
    {
        await Load.AssignLeadAsync(safetyBot, i);
    }

    string[] updateTurns = ["log an update", "on track", "Benchmark update text", "skip", "skip", "save"];
    var saved = 0;
    var updates = await Load.RunAsync(safetyBot, conversations, warmup, seconds, async (bot, i, cancel) =>
    {
        var turns = new List<double>(updateTurns.Length);
        foreach (var text in updateTurns)
        {
            var started = Stopwatch.GetTimestamp();
            var said = await bot.SayAsync(text, $"29:lead-{i}", Load.LeadAad(i), $"lead-{i}", cancel).ConfigureAwait(false);
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
    Report.Header();
    Report.Row("echo bot (same SDK, CloudAdapter as it comes)", echoResult, echoResult, reusingEchoResult);
    Report.Row("echo bot reusing Bot Connector clients (as SafetyBot does)", reusingEchoResult, echoResult, reusingEchoResult);
    Report.Row($"SafetyBot question \"{Startup.Question}\"", questions, echoResult, reusingEchoResult);
    Report.Row("SafetyBot outcome update (6 typed turns each)", updates, echoResult, reusingEchoResult);
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

static int Option(string[] args, string name, int fallback) => int.Parse(Text(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

static string Text(string[] args, string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
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
