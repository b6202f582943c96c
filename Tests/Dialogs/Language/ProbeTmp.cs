using SafetyBot.Dialogs.Language;
using SafetyBot.Tests.Knowledge;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Dialogs.Language;

public sealed class ProbeTmp(ITestOutputHelper output) : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Probe()
    {
        var recognizer = new IntentRecognizer(new KnowledgeVocabulary(_store.Store));
        var dir = Path.Combine(AppContext.BaseDirectory, "Dialogs/Language/Evaluation/Assessment");
        var lines = File.ReadAllLines("/tmp/und-a-probe.txt").ToList();
        foreach (var f in new[] { "tuning.tsv", "tuning2.tsv", "tuning3.tsv" })
        {
            lines.AddRange(File.ReadAllLines(Path.Combine(dir, f)).Skip(1).Select(l => l.Split('\t')[2]));
        }

        foreach (var line in lines)
        {
            var u = recognizer.Recognize(line);
            if (u.Intent is SafetyBot.Cards.Intent.CompareTopics || (u.Intent is SafetyBot.Cards.Intent.NotCovered && u.Gap is not null) || line.StartsWith('#'))
            {
                output.WriteLine($"{u.Intent} {u.Gap} [{string.Join(",", u.Candidates)}] {u.Topic} {u.Asked} :: {line}");
            }
        }
    }
}
