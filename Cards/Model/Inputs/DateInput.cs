namespace SafetyBot.Cards.Model;

/// <summary>A date input (<c>Input.Date</c>); dates are serialised as <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : CardInput
{
    /// <summary>Creates a date input.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    public DateInput(string id)
        : base(id)
    {
    }

    /// <summary>Initial value.</summary>
    public DateOnly? Value { get; init; }

    /// <summary>Hint shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Earliest allowed date.</summary>
    public DateOnly? Min { get; init; }

    /// <summary>Latest allowed date.</summary>
    public DateOnly? Max { get; init; }
}
