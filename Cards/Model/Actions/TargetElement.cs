using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// An element targeted by <see cref="ToggleVisibilityAction"/>. Without <see cref="IsVisible"/> it
/// toggles and is serialised as the bare id; with it, it is serialised as
/// <c>{"elementId":...,"isVisible":...}</c> and forces that visibility.
/// </summary>
[JsonConverter(typeof(TargetElementConverter))]
public sealed record TargetElement
{
    /// <summary>Creates a target that toggles.</summary>
    /// <param name="elementId">The id of the element.</param>
    public TargetElement(string elementId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(elementId);
        ElementId = elementId;
    }

    /// <summary>The id of the element.</summary>
    public string ElementId { get; }

    /// <summary>Forced visibility; null toggles.</summary>
    public bool? IsVisible { get; init; }

    /// <summary>A target that toggles the element with this id.</summary>
    /// <param name="elementId">The id of the element.</param>
    public static implicit operator TargetElement(string elementId) => new(elementId);

    /// <summary>A target that toggles the element with this id.</summary>
    /// <param name="elementId">The id of the element.</param>
    /// <returns>The target.</returns>
    public static TargetElement FromString(string elementId) => new(elementId);

    /// <summary>A target that shows the element.</summary>
    /// <param name="elementId">The id of the element.</param>
    /// <returns>The target.</returns>
    public static TargetElement Show(string elementId) => new(elementId) { IsVisible = true };

    /// <summary>A target that hides the element.</summary>
    /// <param name="elementId">The id of the element.</param>
    /// <returns>The target.</returns>
    public static TargetElement Hide(string elementId) => new(elementId) { IsVisible = false };
}
