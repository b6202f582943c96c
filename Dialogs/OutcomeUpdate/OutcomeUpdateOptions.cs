namespace SafetyBot.Dialogs.OutcomeUpdate;

/// <summary>
/// How the outcome-update dialog starts: optionally about an action ("1.1-a") or a programme
/// ("1.1"), and, when the lead asks to change something, with the draft so far and the field to
/// ask again. Plain settable properties: it is saved in conversation state.
/// </summary>
public sealed class OutcomeUpdateOptions
{
    /// <summary>An action id or programme code the member named, if any.</summary>
    public string? Topic { get; set; }

    /// <summary>The draft's id: the update is saved once under it, however often Save is clicked.</summary>
    public string? DraftId { get; set; }

    /// <summary>Draft action id.</summary>
    public string? ActionId { get; set; }

    /// <summary>Draft status (enum name).</summary>
    public string? Status { get; set; }

    /// <summary>Draft text.</summary>
    public string? Summary { get; set; }

    /// <summary>True once the measure question was answered (a value, or skipped).</summary>
    public bool MeasureAnswered { get; set; }

    /// <summary>Draft measure value.</summary>
    public decimal? MeasureValue { get; set; }

    /// <summary>Draft measure unit.</summary>
    public string? MeasureUnit { get; set; }

    /// <summary>True once the date question was answered (a date, or skipped).</summary>
    public bool DateAnswered { get; set; }

    /// <summary>Draft date, yyyy-MM-dd.</summary>
    public string? OccurredOn { get; set; }

    /// <summary>The field to ask again (see <see cref="OutcomeUpdateFields"/>), when changing a draft.</summary>
    public string? Edit { get; set; }
}
