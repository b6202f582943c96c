using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("plain words 123", "plain words 123")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_italic_", @"\_italic\_")]
    [InlineData("[click](https://evil.example)", @"\[click\]\(https://evil.example\)")]
    [InlineData("![img](x)", @"\!\[img\]\(x\)")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("~~strike~~", @"\~\~strike\~\~")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData(@"\*", @"\\\*")]
    public void Markdown_significant_characters_are_backslash_escaped(string input, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(input));
    }

    [Theory]
    [InlineData("1. first", @"1\. first")]
    [InlineData("  12. twelfth", @"  12\. twelfth")]
    [InlineData("2.", @"2\.")]
    [InlineData("1.5 per 1,000", "1.5 per 1,000")]
    [InlineData("Rate was 4. Then", "Rate was 4. Then")]
    public void Only_numbered_list_starts_have_their_dot_escaped(string input, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(input));
    }

    [Theory]
    [InlineData("a\nb", "a\n\nb")]
    [InlineData("a\r\nb", "a\n\nb")]
    [InlineData("a\rb", "a\n\nb")]
    public void Line_breaks_become_the_paragraph_break_teams_renders(string input, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(input));
    }

    [Fact]
    public void List_starts_on_later_lines_are_escaped_too()
    {
        Assert.Equal("intro\n\n1\\. one\n\n\\- two", Markdown.Escape("intro\n1. one\n- two"));
    }

    [Fact]
    public void Null_and_empty_give_empty()
    {
        Assert.Equal(string.Empty, Markdown.Escape(null));
        Assert.Equal(string.Empty, Markdown.Escape(string.Empty));
    }

    [Fact]
    public void Non_ascii_text_is_left_alone()
    {
        Assert.Equal("Café ▲ 5% — £3", Markdown.Escape("Café ▲ 5% — £3"));
    }
}
