using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Cards.Imports;

/// <summary>Cards for loading data files: the preview with Apply and Cancel, the errors of a file refused, what was applied and undone.</summary>
public static class ImportCardBuilder
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What applying the upload would change, with Apply and Cancel buttons carrying <paramref name="uploadId"/>.</summary>
    /// <param name="preview">The validated upload.</param>
    /// <param name="uploadId">The waiting upload's id (<see cref="PendingImport.Id"/>).</param>
    /// <param name="expiresAt">When the preview stops being applicable.</param>
    public static CardReply Preview(ImportPreview preview, string uploadId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadId);
        var summary = $"{preview.File} ({preview.KindTitle}): {Counts(preview.Tallies)}. Nothing changes until you press Apply.";
        var body = new List<CardElement>
        {
            CardParts.Title("Check before loading"),
            CardParts.Subtle($"{Markdown.Escape(preview.File)} · {preview.KindTitle} · SHA-256 {preview.Sha256[..Math.Min(12, preview.Sha256.Length)]}…"),
            CardParts.Facts(preview.Tallies.SelectMany(t => TallyFacts(t))),
        };
        if (preview.BiggestChanges.Count > 0)
        {
            body.Add(CardParts.Heading("Biggest changes to figures in use"));
            body.Add(CardParts.Facts(preview.BiggestChanges.Select(c => (Markdown.Escape(Describe(c)), $"{Figures.Number(c.Before.Value)} → {Figures.Number(c.After.Value)}"))));
        }

        if (preview.Notes.Count > 0)
        {
            body.Add(CardParts.Heading("Good to know"));
            body.AddRange(preview.Notes.Select(note => CardParts.Text(Markdown.Escape(note))));
        }

        if (preview.NewIndicators.Count > 0)
        {
            body.Add(CardParts.Heading($"New indicators ({preview.NewIndicators.Count})"));
            body.Add(CardParts.Text(Markdown.Escape(string.Join(", ", preview.NewIndicators))));
        }

        body.Add(CardParts.Subtle($"Nothing changes until you press Apply (or type \"apply\"). This preview expires at {expiresAt.UtcDateTime.ToString("HH:mm 'UTC' 'on' d MMM", English)}."));
        CardAction[] actions =
        [
            new SubmitAction("Apply", new SubmitData(Verbs.Of(Intent.ApplyImport)).With(Verbs.UploadField, uploadId)) { Style = ActionStyle.Positive },
            new SubmitAction("Cancel", new SubmitData(Verbs.Of(Intent.CancelImport)).With(Verbs.UploadField, uploadId)),
        ];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>A file that cannot be loaded: every error with its line and column, and that nothing changed.</summary>
    public static CardReply Refused(string file, IReadOnlyList<CsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var summary = $"{file} can't be loaded: {Plural(errors.Count, "problem")} to put right. Nothing was changed.";
        var body = new List<CardElement>
        {
            CardParts.Title("This file can't be loaded yet"),
            CardParts.Text(Markdown.Escape(summary)),
            CardParts.Facts(errors.Select(e => (Where(e), Markdown.Escape(e.Message)))),
            CardParts.Subtle("Correct the file and attach it again; the layouts are in the README's section for analysts."),
        };
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>What an applied import changed.</summary>
    public static CardReply Applied(ImportPreview applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        var summary = $"Loaded {applied.File} ({applied.KindTitle}): {Counts(applied.Tallies)}. Every answer uses it from now on.";
        var body = new List<CardElement>
        {
            CardParts.Title("Loaded"),
            CardParts.Subtle($"{Markdown.Escape(applied.File)} · {applied.KindTitle} · SHA-256 {applied.Sha256}"),
            CardParts.Facts(applied.Tallies.SelectMany(t => AppliedFacts(t))),
            CardParts.Text("Every answer, card and summary uses the new data from now on. The load is in the audit log; an admin can say \"undo the last import\"."),
        };
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>"figures: 3 added, 1 superseded, 40 unchanged; indicators: ...".</summary>
    public static string Counts(IEnumerable<ImportTally> tallies) => DataImporter.Describe(tallies);

    private static IEnumerable<(string Label, string Value)> TallyFacts(ImportTally tally)
    {
        var noun = Names.Capitalised(tally.Noun);
        yield return ($"{noun} to add", Figures.Number(tally.Added));
        yield return ($"{noun} to {(tally.Noun == "figures" ? "supersede" : "update")}", Figures.Number(tally.Changed));
        yield return ($"{noun} unchanged", Figures.Number(tally.Unchanged));
    }

    private static IEnumerable<(string Label, string Value)> AppliedFacts(ImportTally tally)
    {
        var noun = Names.Capitalised(tally.Noun);
        yield return ($"{noun} added", Figures.Number(tally.Added));
        yield return ($"{noun} {(tally.Noun == "figures" ? "superseded" : "updated")}", Figures.Number(tally.Changed));
        yield return ($"{noun} unchanged", Figures.Number(tally.Unchanged));
    }

    private static string Describe(FigureChange change)
    {
        var figure = change.After;
        var breakdown = figure.Breakdown.Length > 0 ? $" ({figure.Breakdown})" : string.Empty;
        return $"{change.IndicatorName}{breakdown}, {figure.Period.Label}, {Figures.AreaName(figure.Area)}, {figure.Measure}";
    }

    private static string Where(CsvError error) =>
        error.Column is null
            ? $"{Markdown.Escape(error.File)}, line {error.Line}"
            : $"{Markdown.Escape(error.File)}, line {error.Line}, column '{Markdown.Escape(error.Column)}'";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
