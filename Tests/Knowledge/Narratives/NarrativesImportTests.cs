using System.Text;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Tests.Knowledge.Narratives;

public sealed class NarrativesImportTests : IDisposable
{
    internal const string Header = "document,section,topic,kind,period,text";
    internal const string Title = "Community Safety Strategic Assessment – Cambridge City 2018/19";
    internal const string ShopliftingTrend = Title + ",Section 3: Scanning table – Shoplifting,shoplifting,trend,2018,\"Shoplifting fell in 2018, after three years of rises; the city centre stores saw the largest falls.\"";

    private static readonly Actor Analyst = new("11111111-1111-1111-1111-111111111111", "Jo Analyst");

    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void NewAssessment_BecomesTheLatestDocument_AndItsProseReplacesTheOlderOnesForThatTopicAndKind()
    {
        var seedTitle = _store.Store.Documents().Single().Title;
        var oldTrend = _store.Store.Narratives("shoplifting", NarrativeKind.Trend);

        var result = Import(ShopliftingTrend, Title + ",Executive summary,,finding,,Violence rose again in the night-time economy.");

        Assert.True(result.Applied, string.Join("; ", result.Preview.Errors));
        Assert.Equal(("narratives", "assessment narratives"), (result.Preview.Kind, result.Preview.KindTitle));
        Assert.Equal(new ImportTally("narratives", 2, 0, 0), Assert.Single(result.Preview.Tallies));
        Assert.Equal([2017, 2018], _store.Store.Documents().Select(d => d.FinancialYearStart));
        var trend = Assert.Single(_store.Store.Narratives("shoplifting", NarrativeKind.Trend));
        Assert.StartsWith("Shoplifting fell in 2018", trend.Text, StringComparison.Ordinal);
        Assert.Equal((Title, "2018"), (trend.Provenance.Document, trend.Provenance.PeriodText));
        Assert.Equal(oldTrend.Select(n => n.Text), _store.Store.NarrativesFrom(seedTitle, "shoplifting").Where(n => n.Kind == NarrativeKind.Trend).Select(n => n.Text));
        Assert.Equal(seedTitle, Assert.Single(_store.Store.Narratives("shoplifting", NarrativeKind.Context)).Provenance.Document);
        Assert.Equal(["Violence rose again in the night-time economy."], _store.Store.NarrativesOfKind(NarrativeKind.Finding).Select(n => n.Text));
    }

    [Fact]
    public void TheSameRowCorrected_ReplacesIt_AndUndoRestoresTheFirst()
    {
        Import(ShopliftingTrend);
        var corrected = Import(ShopliftingTrend.Replace("largest falls", "largest falls (corrected)", StringComparison.Ordinal));

        Assert.Equal(new ImportTally("narratives", 0, 1, 0), Assert.Single(corrected.Preview.Tallies));
        Assert.EndsWith("(corrected).", Assert.Single(_store.Store.Narratives("shoplifting", NarrativeKind.Trend)).Text, StringComparison.Ordinal);

        Importer().UndoLast(Analyst);
        Assert.EndsWith("largest falls.", Assert.Single(_store.Store.Narratives("shoplifting", NarrativeKind.Trend)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AProgrammeTopic_IsFiledUnderItsPriority()
    {
        Import(Title + ",Priority 1,1.1,opportunities,,Extend the county lines work to the north of the city.");

        var narrative = Assert.Single(_store.Store.NarrativesFrom(Title));
        Assert.StartsWith("1.1 ", narrative.Title, StringComparison.Ordinal);
        Assert.NotNull(narrative.PriorityRef);
    }

    [Theory]
    [InlineData("Strategic Assessment,S,shoplifting,trend,,Text.", "document", "financial year")]
    [InlineData(Title + ",S,shoplifting,forecast,,Text.", "kind", "Unknown kind 'forecast'")]
    [InlineData(Title + ",S,bike-crime,trend,,Text.", "topic", "Unknown indicator or programme 'bike-crime'")]
    [InlineData(Title + ",,shoplifting,trend,,Text.", "section", "A value is required")]
    [InlineData(Title + ",S,shoplifting,trend,,", "text", "A value is required")]
    public void BadRow_IsRefusedWithLineAndColumn_AndNothingChanges(string row, string column, string message)
    {
        var result = Import(row);

        var error = Assert.Single(result.Preview.Errors);
        Assert.Equal((2, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Single(_store.Store.Documents());
    }

    [Fact]
    public void DuplicateRows_AndAWrongFieldCount_AreRefused()
    {
        var duplicate = Import(ShopliftingTrend, ShopliftingTrend);
        var fields = Import(Title + ",S,shoplifting,trend,Text without the period column");

        Assert.Contains(duplicate.Preview.Errors, e => e.Line == 3 && e.Message.Contains("Duplicate row: line 2", StringComparison.Ordinal));
        Assert.Contains(fields.Preview.Errors, e => e.Line == 2);
        Assert.Single(_store.Store.Documents());
    }

    private DataImporter Importer() => new(_store.Database, _store.Time, ShellImportPermission.Instance);

    private ImportResult Import(params string[] rows) =>
        Importer().Apply(ImportBatch.FromBytes("narratives.csv", Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n")), Analyst);
}
