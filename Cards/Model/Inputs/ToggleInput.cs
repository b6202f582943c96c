namespace SafetyBot.Cards.Model;

/// <summary>A check box (<c>Input.Toggle</c>); submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed record ToggleInput : CardInput
{
    /// <summary>Creates a toggle.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    /// <param name="title">The text next to the check box.</param>
    public ToggleInput(string id, string title)
        : base(id)
    {
        Title = title;
    }

    /// <summary>The text next to the check box.</summary>
    public string Title { get; init; }

    /// <summary>Initial value: <see cref="ValueOn"/> to start checked.</summary>
    public string? Value { get; init; }

    /// <summary>Value submitted when checked (schema default "true").</summary>
    public string? ValueOn { get; init; }

    /// <summary>Value submitted when unchecked (schema default "false").</summary>
    public string? ValueOff { get; init; }

    /// <summary>Whether the title wraps.</summary>
    public bool? Wrap { get; init; }
}
