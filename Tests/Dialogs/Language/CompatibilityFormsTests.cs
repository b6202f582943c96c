using SafetyBot.Dialogs.Language;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Text typed with compatibility forms of letters and digits (full-width Latin from an East Asian keyboard, typographic
/// ligatures pasted from a PDF, superscript digits) is understood as the plain letters it stands for, through
/// /api/messages of the running bot.
/// </summary>
public sealed class CompatibilityFormsTests : IDisposable
{
    private readonly BotChat _bot = new("compatibility-forms.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("ＡＳＢ", "asb")]
    [InlineData("ｓｈｏｐｌｉｆｔｉｎｇ ２０１７", "shoplifting 2017")]
    [InlineData("o\uFB00ences", "offences")]
    [InlineData("\uFB01gures", "figures")]
    [InlineData("Café", "cafe")]
    public void Fold_FoldsCompatibilityFormsToPlainLetters(string typed, string folded)
    {
        Assert.Equal(folded, TextNormalizer.Fold(typed));
    }

    [Theory]
    [InlineData("ｈｏｗ ｍａｎｙ ｓｈｏｐｌｉｆｔｉｎｇ ｏｆｆｅｎｃｅｓ ｗｅｒｅ ｔｈｅｒｅ ｉｎ ２０１７？")]
    [InlineData("how many shoplifting o\uFB00ences were there in 2017?")]
    public async Task QuestionInFullWidthOrWithLigatures_GetsTheSameFiguresAsPlainText(string question)
    {
        var plain = await _bot.TextAsync("how many shoplifting offences were there in 2017?");
        var typed = await _bot.TextAsync(question);

        Assert.Contains("1295", plain, StringComparison.Ordinal);
        Assert.Equal(plain, typed);
    }
}
