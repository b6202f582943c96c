namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Typed reads of dialog state (<see cref="WaterfallStepContext.Values"/>, <see cref="DialogInstance.State"/>)
/// that survive a round trip through storage: an int stored comes back as an int, not a long.
/// </summary>
public static class DialogValueExtensions
{
    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or default when absent or not convertible.</summary>
    public static T? GetValue<T>(this IDictionary<string, object> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var value) ? StateValue.Convert<T>(value) : default;
    }

    /// <summary>Reads the value under <paramref name="key"/> as <typeparamref name="T"/>; false when absent or not convertible.</summary>
    public static bool TryRead<T>(this IDictionary<string, object> values, string key, out T value)
    {
        ArgumentNullException.ThrowIfNull(values);
        value = default!;
        return values.TryGetValue(key, out var stored) && StateValue.TryConvert(stored, out value);
    }
}
