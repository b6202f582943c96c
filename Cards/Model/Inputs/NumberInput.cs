namespace SafetyBot.Cards.Model;

/// <summary>A number input (<c>Input.Number</c>).</summary>
public sealed record NumberInput : CardInput
{
    /// <summary>Creates a number input.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    public NumberInput(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    public double? Value { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Smallest allowed value.</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed value.</summary>
    public double? Max { get; init; }
}
