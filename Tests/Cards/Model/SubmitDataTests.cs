using System.Text.Json;
using SafetyBot.Cards.Model;

namespace SafetyBot.Tests.Cards.Model;

public sealed class SubmitDataTests
{
    private static JsonElement DataOf(SubmitData data) =>
        AdaptiveCardSerializer.ToJsonElement(new AdaptiveCard { Actions = [new SubmitAction("Go", data)] })
            .GetProperty("actions")[0].GetProperty("data");

    [Fact]
    public void Verb_alone_serialises_as_an_object_with_only_verb()
    {
        Assert.Equal("""{"verb":"national"}""", DataOf(new SubmitData("national")).GetRawText());
    }

    [Fact]
    public void Fields_are_flattened_next_to_the_verb_in_insertion_order()
    {
        var data = new SubmitData("compare", new Dictionary<string, string> { ["indicator"] = "burglary", ["period"] = "2023/24" });

        Assert.Equal("""{"verb":"compare","indicator":"burglary","period":"2023/24"}""", DataOf(data).GetRawText());
    }

    [Fact]
    public void With_adds_or_replaces_a_field_without_changing_the_original()
    {
        var original = new SubmitData("priority").With("id", "1");

        var changed = original.With("id", "2").With("section", "outcomes");

        Assert.Equal("1", original.Fields["id"]);
        Assert.Single(original.Fields);
        Assert.Equal("""{"verb":"priority","id":"2","section":"outcomes"}""", DataOf(changed).GetRawText());
    }

    [Theory]
    [InlineData("verb")]
    [InlineData("Verb")]
    [InlineData("msteams")]
    [InlineData("")]
    public void Reserved_or_empty_field_names_are_rejected(string key)
    {
        Assert.Throws<ArgumentException>(() => new SubmitData("v").With(key, "x"));
        Assert.Throws<ArgumentException>(() => new SubmitData("v", new Dictionary<string, string> { [key] = "x" }));
    }

    [Fact]
    public void Verb_is_required()
    {
        Assert.Throws<ArgumentException>(() => new SubmitData(" "));
        Assert.Throws<ArgumentException>(() => new SubmitData("v") with { Verb = "" });
    }

    [Fact]
    public void Field_values_with_special_characters_round_trip()
    {
        var data = new SubmitData("ask").With("question", "How has \"burglary\" changed? <5%> ▲");

        Assert.Equal("How has \"burglary\" changed? <5%> ▲", DataOf(data).GetProperty("question").GetString());
    }

    [Fact]
    public void Equal_verbs_and_fields_are_equal_data()
    {
        var a = new SubmitData("compare").With("x", "1").With("y", "2");
        var b = new SubmitData("compare").With("y", "2").With("x", "1");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.With("x", "3"));
        Assert.NotEqual(a, new SubmitData("other", a.Fields));
    }

    [Fact]
    public void Later_changes_to_the_source_dictionary_do_not_leak_into_the_data()
    {
        var source = new Dictionary<string, string> { ["a"] = "1" };
        var data = new SubmitData("v", source);

        source["a"] = "changed";

        Assert.Equal("1", data.Fields["a"]);
    }
}
