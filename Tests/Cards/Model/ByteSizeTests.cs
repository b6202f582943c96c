using System.Text;
using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class ByteSizeTests
{
    [Fact]
    public void Size_of_a_card_is_the_utf8_length_of_its_compact_json()
    {
        var card = new AdaptiveCard([new TextBlock("▲ £5")]);

        Assert.Equal(Encoding.UTF8.GetByteCount(AdaptiveCardSerializer.Serialize(card)), ByteSize.Of(card));
    }

    [Fact]
    public void Size_of_text_counts_utf8_bytes_not_characters()
    {
        Assert.Equal(3, ByteSize.Of("▲"));
        Assert.Equal(2, ByteSize.Of("ab"));
    }

    [Fact]
    public void Recommended_maximum_is_28_KB()
    {
        Assert.Equal(28 * 1024, ByteSize.RecommendedMaximum);
    }

    [Fact]
    public void Small_cards_are_within_the_limit_and_large_ones_are_not()
    {
        var small = new AdaptiveCard([new TextBlock("Hello")]);
        var large = new AdaptiveCard([new TextBlock(new string('x', ByteSize.RecommendedMaximum))]);

        Assert.True(ByteSize.IsWithinLimit(small));
        Assert.False(ByteSize.IsWithinLimit(large));
        Assert.False(ByteSize.IsWithinLimit(small, maximumBytes: 10));
        Assert.Equal(ByteSize.Of(small), ByteSize.EnsureWithinLimit(small));
        var error = Assert.Throws<InvalidOperationException>(() => ByteSize.EnsureWithinLimit(large));
        Assert.Contains("28.0 KB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512, "512 B")]
    [InlineData(1024, "1.0 KB")]
    [InlineData(28_000, "27.3 KB")]
    public void Sizes_format_for_people(long bytes, string expected)
    {
        Assert.Equal(expected, ByteSize.Format(bytes));
    }
}
