namespace SafetyBot.Cards.Model;

/// <summary>
/// Base of the input elements. The value the user enters is submitted under <see cref="CardElement.Id"/>
/// alongside the data of the Action.Submit that sends the form.
/// </summary>
public abstract record CardInput : CardElement
{
    /// <summary>Creates an input.</summary>
    /// <param name="id">The key under which the value is submitted.</param>
    private protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The visible label, also read by screen readers.</summary>
    public string? Label { get; init; }

    /// <summary>Whether a value is required before submitting.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Message shown when the value is missing or invalid.</summary>
    public string? ErrorMessage { get; init; }
}
