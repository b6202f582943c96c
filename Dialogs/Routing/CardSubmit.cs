using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// Reads the data of an Adaptive Card Action.Submit (delivered as the activity's value) into an
/// <see cref="Understanding"/>: the one place card data becomes typed slots.
/// </summary>
public static class CardSubmit
{
    /// <summary>Largest number of data fields read from one submit.</summary>
    private const int MaxFields = 32;

    /// <summary>Longest field value kept, in characters.</summary>
    private const int MaxFieldLength = 4000;

    /// <summary>
    /// Reads <paramref name="value"/> as submit data with a string <c>verb</c>, into an understanding
    /// with its typed slots: the verb is the intent (a verb SafetyBot does not know is
    /// <see cref="Intent.Unknown"/>), and the known fields (<see cref="Verbs.TopicField"/>,
    /// <see cref="Verbs.DirectionField"/>, the period's <see cref="PeriodFields"/>, and a dialog
    /// button's <see cref="Verbs.ValueField"/> and <see cref="Verbs.PromptIdField"/>) become slots.
    /// Returns false when it is not such data.
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

        if (data?[Verbs.VerbField] is not JValue { Type: JTokenType.String } verbToken
            || verbToken.Value<string>() is not { Length: > 0 } verb)
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.Properties().Take(MaxFields))
        {
            if (property.Name != Verbs.VerbField && property.Value is JValue scalar && scalar.Value is not null)
            {
                var text = Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                fields[property.Name] = text.Length > MaxFieldLength ? text[..MaxFieldLength] : text;
            }
        }

        Verbs.TryParse(verb.Trim(), out var intent);
        understanding = new Understanding(intent, FromCard: true)
        {
            Topic = fields.GetValueOrDefault(Verbs.TopicField),
            Period = PeriodFields.Read(fields),
            Filter = fields.GetValueOrDefault(Verbs.DirectionField) switch
            {
                "up" => new ListFilter { Direction = MoveDirection.Up },
                "down" => new ListFilter { Direction = MoveDirection.Down },
                _ => null,
            },
            UploadId = fields.GetValueOrDefault(Verbs.UploadField),
            Answer = intent == Intent.DialogAnswer
                ? new PromptAnswer(fields.GetValueOrDefault(Verbs.ValueField) ?? string.Empty, fields.GetValueOrDefault(Verbs.PromptIdField))
                : null,
        };
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
