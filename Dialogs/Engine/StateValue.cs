using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Reads a value back from persisted dialog state. A round trip through JSON storage changes
/// bare values' types (an int comes back as a long, a DateTimeOffset as a DateTime or string,
/// a decimal as a double), so reads convert rather than cast.
/// </summary>
internal static class StateValue
{
    public static bool TryConvert<T>(object? value, out T result)
    {
        if (value is T typed)
        {
            result = typed;
            return true;
        }

        result = default!;
        if (value is null)
        {
            return false;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            object? converted = value switch
            {
                JToken token => token.ToObject(typeof(T)),
                _ when target == typeof(DateOnly) => ToDateOnly(value),
                _ when target == typeof(DateTimeOffset) => ToDateTimeOffset(value),
                _ when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                _ when target.IsEnum => value is string name ? Enum.Parse(target, name, ignoreCase: true) : Enum.ToObject(target, value),
                IConvertible => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
                _ => null,
            };

            if (converted is T done)
            {
                result = done;
                return true;
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            return false;
        }

        return false;
    }

    public static T? Convert<T>(object? value) => TryConvert<T>(value, out var result) ? result : default;

    private static DateOnly? ToDateOnly(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
        string text when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) => date,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset) => DateOnly.FromDateTime(offset.DateTime),
        _ => null,
    };

    private static DateTimeOffset? ToDateTimeOffset(object value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(dateTime),
        DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset) => offset,
        _ => null,
    };
}
