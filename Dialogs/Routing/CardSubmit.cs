using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Dialogs.Routing;

/// <summary>Reads the data of an Adaptive Card Action.Submit (delivered as the activity's value).</summary>
public static class CardSubmit
{
    /// <summary>Largest number of data fields read from one submit.</summary>
    private const int MaxFields = 32;

    /// <summary>Longest field value kept, in characters.</summary>
    private const int MaxFieldLength = 4000;

    /// <summary>
    /// Reads <paramref name="value"/> as submit data with a string <c>verb</c>; the other scalar
    /// fields become slots. Returns false when it is not such data.
    /// </summary>
    public static bool TryRead(object? value, [NotNullWhen(true)] out Understanding? understanding)
    {
        understanding = null;
        var data = value switch
        {
            JObject jObject => jObject,
            string json when json.TrimStart().StartsWith('{') => TryParse(json),
            null => null,
            _ => TryFrom(value),
        };

        if (data?[ConversationRouter.VerbField] is not JValue { Type: JTokenType.String } verbToken
            || verbToken.Value<string>() is not { Length: > 0 } verb)
        {
            return false;
        }

        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.Properties().Take(MaxFields))
        {
            if (property.Name != ConversationRouter.VerbField && property.Value is JValue scalar && scalar.Value is not null)
            {
                var text = Convert.ToString(scalar.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                slots[property.Name] = text.Length > MaxFieldLength ? text[..MaxFieldLength] : text;
            }
        }

        understanding = new Understanding(verb.Trim(), slots, FromCard: true);
        return true;
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static JObject? TryFrom(object value)
    {
        try
        {
            return JToken.FromObject(value) as JObject;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
