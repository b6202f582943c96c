using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// The data of an <see cref="SubmitAction"/>: a <see cref="Verb"/> naming what the button does and
/// extra string fields, serialised flat as <c>{"verb":"compare","indicator":"burglary"}</c>.
/// Teams adds the card's input values to the same object when the button is pressed.
/// </summary>
[JsonConverter(typeof(SubmitDataConverter))]
public sealed record SubmitData
{
    /// <summary>The JSON key of the verb.</summary>
    public const string VerbKey = "verb";

    private readonly string verb = string.Empty;
    private readonly IReadOnlyDictionary<string, string> fields = new Dictionary<string, string>();

    /// <summary>Creates data with a verb and no fields.</summary>
    /// <param name="verb">What the button does, e.g. "compare".</param>
    public SubmitData(string verb)
    {
        Verb = verb;
    }

    /// <summary>Creates data with a verb and fields.</summary>
    /// <param name="verb">What the button does, e.g. "compare".</param>
    /// <param name="fields">Extra string fields; keys must not be "verb" or "msteams".</param>
    public SubmitData(string verb, IReadOnlyDictionary<string, string> fields)
    {
        Verb = verb;
        Fields = fields;
    }

    /// <summary>What the button does, e.g. "compare"; the bot routes on it.</summary>
    public string Verb
    {
        get => verb;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            verb = value;
        }
    }

    /// <summary>Extra string fields, written next to the verb. Keys must not be "verb" or "msteams".</summary>
    public IReadOnlyDictionary<string, string> Fields
    {
        get => fields;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var (key, fieldValue) in value)
            {
                ValidateField(key, fieldValue);
            }

            fields = new Dictionary<string, string>(value, StringComparer.Ordinal);
        }
    }

    /// <summary>Returns a copy with one more field (or the field replaced).</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The field value.</param>
    /// <returns>The new data.</returns>
    public SubmitData With(string key, string value)
    {
        ValidateField(key, value);
        var copy = new Dictionary<string, string>(fields, StringComparer.Ordinal) { [key] = value };
        return this with { Fields = copy };
    }

    /// <inheritdoc />
    public bool Equals(SubmitData? other) =>
        other is not null
        && verb == other.verb
        && fields.Count == other.fields.Count
        && fields.All(pair => other.fields.TryGetValue(pair.Key, out var v) && v == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(verb, StringComparer.Ordinal);
        foreach (var key in fields.Keys.Order(StringComparer.Ordinal))
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(fields[key], StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static void ValidateField(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        if (string.Equals(key, VerbKey, StringComparison.OrdinalIgnoreCase)
            || string.Equals(key, "msteams", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"\"{key}\" is reserved and cannot be a submit field.", nameof(key));
        }
    }
}
