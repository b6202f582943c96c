using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Questions;

public sealed class UnansweredQuestionLogTests : IDisposable
{
    private readonly TempDatabase _db = new([typeof(UnansweredQuestion)]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly UnansweredQuestionLog _log;

    public UnansweredQuestionLogTests()
    {
        _log = new UnansweredQuestionLog(_db.Database, _time, NullLogger<UnansweredQuestionLog>.Instance);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Record_SameQuestionTwice_CountsItOnceWithTimes()
    {
        _log.Record("How many  foxes in Cambridge?");
        _time.Advance(TimeSpan.FromHours(1));
        _log.Record("how many foxes in cambridge?");

        var question = Assert.Single(_log.Recent(10));
        Assert.Equal(("How many foxes in Cambridge?", 2), (question.Text, question.Times));
        Assert.Equal(_time.GetUtcNow(), question.LastAsked);
    }

    [Fact]
    public void Record_BlankText_IsIgnored()
    {
        _log.Record("   ");

        Assert.Equal(0, _log.Count());
    }

    [Fact]
    public void Record_VeryLongText_IsCutToTheLimit()
    {
        _log.Record(new string('x', 5000));

        Assert.Equal(UnansweredQuestionLog.MaxLength, _log.Recent(1)[0].Text.Length);
    }

    [Theory]
    [InlineData("é€", 300)]
    [InlineData("犯罪", 250)]
    [InlineData("a🚓", 400)]
    public void Record_LongNonAsciiQuestion_IsKeptAndCountedAgain(string piece, int times)
    {
        var question = string.Concat(Enumerable.Repeat(piece, times));

        _log.Record(question);
        _log.Record(question.ToUpperInvariant());

        var recorded = Assert.Single(_log.Recent(10));
        Assert.Equal(2, recorded.Times);
        Assert.StartsWith(piece, recorded.Text, StringComparison.Ordinal);
        Assert.True(recorded.Text.Length <= UnansweredQuestionLog.MaxLength);
        Assert.False(char.IsHighSurrogate(recorded.Text[^1]), "The text was cut inside a character.");
    }

    [Fact]
    public void Record_WhenTheStoreCannotBeWritten_DoesNotThrow()
    {
        _db.Database.Dispose();

        Assert.False(_log.Record("how many foxes in Cambridge?"));
    }

    [Fact]
    public void Recent_ListsNewestFirst()
    {
        _log.Record("first");
        _time.Advance(TimeSpan.FromMinutes(1));
        _log.Record("second");

        Assert.Equal(["second", "first"], _log.Recent(10).Select(q => q.Text));
    }
}
