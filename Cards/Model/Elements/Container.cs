namespace SafetyBot.Cards.Model;

/// <summary>A group of elements, optionally styled, e.g. a "show more" section.</summary>
public sealed record Container : CardElement
{
    /// <summary>Creates a container.</summary>
    /// <param name="items">The elements, top to bottom.</param>
    public Container(IReadOnlyList<CardElement> items)
    {
        Items = items;
    }

    /// <summary>The elements, top to bottom.</summary>
    public IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Whether a styled background bleeds into the parent's padding.</summary>
    public bool? Bleed { get; init; }

    /// <summary>Vertical alignment of the items.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Action run when the container is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }
}
