using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// A button of a card or an ActionSet. Serialised with its schema name in the <c>type</c>
/// property (for example <c>"Action.Submit"</c>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    /// <summary>Creates an action with a button title.</summary>
    /// <param name="title">The button text.</param>
    private protected CardAction(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>Unique identifier of the action.</summary>
    [JsonPropertyOrder(-2)]
    public string? Id { get; init; }

    /// <summary>The button text.</summary>
    [JsonPropertyOrder(-1)]
    public string Title { get; init; }

    /// <summary>Visual style: positive (primary) or destructive.</summary>
    public ActionStyle? Style { get; init; }
}
