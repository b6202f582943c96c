namespace SafetyBot.Cards.Model;

/// <summary>A list of title/value pairs shown as two aligned columns.</summary>
public sealed record FactSet : CardElement
{
    /// <summary>Creates a fact set.</summary>
    /// <param name="facts">The facts, top to bottom.</param>
    public FactSet(IReadOnlyList<Fact> facts)
    {
        Facts = facts;
    }

    /// <summary>The facts, top to bottom.</summary>
    public IReadOnlyList<Fact> Facts { get; init; }
}
