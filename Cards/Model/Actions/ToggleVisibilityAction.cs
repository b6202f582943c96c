namespace SafetyBot.Cards.Model;

/// <summary>
/// A button that shows or hides elements by id (<c>Action.ToggleVisibility</c>), e.g. "show more".
/// </summary>
public sealed record ToggleVisibilityAction : CardAction
{
    /// <summary>Creates a toggle button.</summary>
    /// <param name="title">The button text.</param>
    /// <param name="targetElements">The elements to toggle; plain ids convert implicitly.</param>
    public ToggleVisibilityAction(string title, IReadOnlyList<TargetElement> targetElements)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(targetElements);
        TargetElements = targetElements;
    }

    /// <summary>The elements to toggle, show or hide.</summary>
    public IReadOnlyList<TargetElement> TargetElements { get; init; }
}
