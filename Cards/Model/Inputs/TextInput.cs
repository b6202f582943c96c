namespace SafetyBot.Cards.Model;

/// <summary>A free text input (<c>Input.Text</c>).</summary>
public sealed record TextInput : CardInput
{
    /// <summary>Creates a text input.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    public TextInput(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    public string? Value { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Maximum number of characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Whether several lines may be entered.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>Keyboard and validation style.</summary>
    public TextInputStyle? Style { get; init; }

    /// <summary>Regular expression the value must match.</summary>
    public string? Regex { get; init; }
}
