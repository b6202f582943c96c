namespace SafetyBot.Cards.Model;

/// <summary>A choice among <see cref="Choice"/>s (<c>Input.ChoiceSet</c>).</summary>
public sealed record ChoiceSetInput : CardInput
{
    /// <summary>Creates a choice set.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    /// <param name="choices">The options.</param>
    public ChoiceSetInput(string id, IReadOnlyList<Choice> choices)
        : base(id)
    {
        Choices = choices;
    }

    /// <summary>The options.</summary>
    public IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>Drop-down (compact), radio buttons / check boxes (expanded) or type-ahead (filtered).</summary>
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>Whether several choices may be selected (values are submitted comma-separated).</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary>Initially selected value(s), comma-separated.</summary>
    public string? Value { get; init; }

    /// <summary>Hint shown while nothing is selected (compact style).</summary>
    public string? Placeholder { get; init; }

    /// <summary>Whether choice titles wrap.</summary>
    public bool? Wrap { get; init; }
}
