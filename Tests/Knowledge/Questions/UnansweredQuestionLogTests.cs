using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Questions;

/// <summary>The unanswered question log on every provider (one nested class each).</summary>
public abstract class UnansweredQuestionLogTests : IDisposable
{
    private readonly ProviderStore _stores;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly IUnansweredQuestionLog _log;

    protected UnansweredQuestionLogTests(StoreProvider provider)
    {
        _stores = ProviderStore.Open(provider);
        _log = _stores.UnansweredQuestions(_time);
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Record_SameQuestionTwice_CountsItOnceWithTimes()
    {
        await _log.RecordAsync("How many  foxes in Cambridge?");
        _time.Advance(TimeSpan.FromHours(1));
        await _log.RecordAsync("how many foxes in cambridge?");

        var question = Assert.Single(await _log.RecentAsync(10));
        Assert.Equal(("How many foxes in Cambridge?", 2), (question.Text, question.Times));
        Assert.Equal(_time.GetUtcNow(), question.LastAsked);
    }

    [Fact]
    public async Task Record_BlankText_IsIgnored()
    {
        await _log.RecordAsync("   ");

        Assert.Equal(0, await _log.CountAsync());
    }

    [Fact]
    public async Task Record_VeryLongText_IsCutToTheLimit()
    {
        await _log.RecordAsync(new string('x', 5000));

        Assert.Equal(UnansweredQuestionText.MaxLength, (await _log.RecentAsync(1))[0].Text.Length);
    }

    [Theory]
    [InlineData("é€", 300)]
    [InlineData("犯罪", 250)]
    [InlineData("a🚓", 400)]
    public async Task Record_LongNonAsciiQuestion_IsKeptAndCountedAgain(string piece, int times)
    {
        var question = string.Concat(Enumerable.Repeat(piece, times));

        await _log.RecordAsync(question);
        await _log.RecordAsync(question.ToUpperInvariant());

        var recorded = Assert.Single(await _log.RecentAsync(10));
        Assert.Equal(2, recorded.Times);
        Assert.StartsWith(piece, recorded.Text, StringComparison.Ordinal);
        Assert.True(recorded.Text.Length <= UnansweredQuestionText.MaxLength);
        Assert.False(char.IsHighSurrogate(recorded.Text[^1]), "The text was cut inside a character.");
    }

    [Fact]
    public async Task Record_WhenTheStoreCannotBeWritten_DoesNotThrow()
    {
        _stores.Break();

        Assert.False(await _log.RecordAsync("how many foxes in Cambridge?"));
    }

    [Fact]
    public async Task Recent_ListsNewestFirst()
    {
        await _log.RecordAsync("first");
        _time.Advance(TimeSpan.FromMinutes(1));
        await _log.RecordAsync("second");

        Assert.Equal(["second", "first"], (await _log.RecentAsync(10)).Select(q => q.Text));
    }

    public sealed class OnLiteDb() : UnansweredQuestionLogTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : UnansweredQuestionLogTests(StoreProvider.PostgreSql);
}
