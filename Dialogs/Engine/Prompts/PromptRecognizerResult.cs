namespace SafetyBot.Dialogs.Engine;

/// <summary>What a prompt recognised in the member's answer.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
/// <param name="Succeeded">True when a value was recognised.</param>
/// <param name="Value">The value, when <paramref name="Succeeded"/>.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    /// <summary>Nothing recognised.</summary>
    public static PromptRecognizerResult<T> Failed { get; } = new(false);

    /// <summary>A recognised value.</summary>
    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
