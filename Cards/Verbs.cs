using System.Collections.Frozen;
using System.Reflection;

namespace SafetyBot.Cards;

/// <summary>
/// The wire names of <see cref="Intent"/>s (card buttons' <c>data.verb</c>, and the intent kept in
/// conversation state) and the field names of submit data. The names themselves are written once,
/// on the <see cref="Intent"/> members.
/// </summary>
public static class Verbs
{
    /// <summary>The name of the field every Action.Submit carries.</summary>
    public const string VerbField = "verb";

    /// <summary>Field name of the topic id in submit data.</summary>
    public const string TopicField = "topic";

    /// <summary>Field name of the direction ("up" or "down") of <see cref="Intent.Movers"/> in submit data.</summary>
    public const string DirectionField = "direction";

    /// <summary>Field name of the waiting upload an Apply or Cancel button is about (<see cref="Intent.ApplyImport"/>).</summary>
    public const string UploadField = "upload";

    /// <summary>Field name of a dialog button's answer (<see cref="Intent.DialogAnswer"/>).</summary>
    public const string ValueField = "value";

    /// <summary>Field name of the prompt a dialog button belongs to; a button of an earlier prompt is ignored.</summary>
    public const string PromptIdField = "promptId";

    private static readonly FrozenDictionary<Intent, string> Names = Enum.GetValues<Intent>().ToFrozenDictionary(
        intent => intent,
        intent => typeof(Intent).GetField(intent.ToString())!.GetCustomAttribute<VerbAttribute>()?.Name
            ?? throw new InvalidOperationException($"The intent {intent} has no [Verb]."));

    private static readonly FrozenDictionary<string, Intent> ByName = Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The verb of <paramref name="intent"/>, e.g. <c>indicator.change</c>.</summary>
    public static string Of(Intent intent) => Names[intent];

    /// <summary>The intent whose verb is <paramref name="verb"/> (exact, case-sensitive); false for any other text.</summary>
    public static bool TryParse(string? verb, out Intent intent)
    {
        intent = Intent.Unknown;
        return verb is not null && ByName.TryGetValue(verb, out intent);
    }

    /// <summary>True for the verbs of dialog buttons (answer, cancel, help, back).</summary>
    public static bool IsDialog(Intent intent) => intent is Intent.DialogAnswer or Intent.DialogCancel or Intent.DialogHelp or Intent.DialogBack;
}
