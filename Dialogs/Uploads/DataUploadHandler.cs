using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SafetyBot.Cards;
using SafetyBot.Cards.Imports;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Uploads;

/// <summary>
/// Loading data in Teams. A file attached in a personal chat by an analyst or admin is downloaded at once (only from the
/// allowed origins, within the size cap), validated whole and previewed with Apply and Cancel; the upload waits in the
/// store until then (<see cref="PendingImports"/>, expiring after <see cref="DataUploadOptions.PreviewExpiry"/>). Apply
/// loads it through <see cref="DataImporter"/> (atomic, audited, at once in every answer); Cancel changes nothing;
/// admins may "undo the last import". Anyone else, any other place and any other kind of file get a kind explanation,
/// and nothing is fetched or stored.
/// </summary>
public sealed class DataUploadHandler(
    DataImporter importer,
    AnalystRoster roster,
    PendingImports pending,
    IFileDownloader downloader,
    IOptions<DataUploadOptions> options) : IIntentHandler
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.UploadData, Intent.ApplyImport, Intent.CancelImport, Intent.UndoImport];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        return understanding.Intent switch
        {
            Intent.UploadData => UploadAsync(turnContext, cancellationToken),
            Intent.ApplyImport => ApplyAsync(turnContext, understanding.UploadId, cancellationToken),
            Intent.CancelImport => CancelAsync(turnContext, understanding.UploadId, cancellationToken),
            _ => UndoAsync(turnContext, cancellationToken),
        };
    }

    private async Task UploadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var files = TeamsFiles.Attached(activity);
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await SayAsync(turnContext, "Files reach me only in a personal chat: open a one-to-one chat with SafetyBot and attach the CSV file there. I haven't opened this one.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (files.Count == 0)
        {
            await SayAsync(turnContext, "Teams didn't give me the file itself. Please attach the CSV file again, as an attachment rather than a link.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var actor = OutcomeUpdateDialog.ActorOf(activity);
        if (!roster.MayLoadData(actor.AadObjectId))
        {
            await SayAsync(turnContext, "Only SafetyBot analysts and admins can load data files, so I haven't opened this one and nothing was changed. An admin can make you an analyst (\"make someone an analyst\").", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (files.FirstOrDefault(f => !IsLoadable(f)) is { } other)
        {
            await SayAsync(turnContext, $"I load CSV files, or a zip of CSV files, and {other.Name} is {Described(other)}. In Excel choose File > Save As and \"CSV UTF-8 (Comma delimited)\", then attach the .csv file. I haven't opened it.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var uploads = new List<(string Name, byte[] Bytes)>();
        foreach (var file in files)
        {
            var download = await downloader.DownloadAsync(file.DownloadUrl, cancellationToken).ConfigureAwait(false);
            if (download.Bytes is null)
            {
                await SayAsync(turnContext, $"I couldn't fetch {file.Name}: {download.Refusal} Nothing was changed.", cancellationToken).ConfigureAwait(false);
                return;
            }

            uploads.Add((file.Name, download.Bytes));
        }

        if (ImportUpload.ReadAll(uploads, out var problem) is not { } batch)
        {
            await SayAsync(turnContext, $"{problem} Nothing was changed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var preview = importer.Preview(batch, cancellationToken);
        if (!preview.CanApply)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(ImportCardBuilder.Refused(preview.File, preview.Errors)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (preview.ChangesNothing)
        {
            await SayAsync(turnContext, $"Everything in {preview.File} is already loaded ({ImportCardBuilder.Counts(preview.Tallies)}), so there is nothing to apply.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var waiting = pending.Save(actor.AadObjectId, preview.KindTitle!, uploads, options.Value.PreviewExpiry);
        await turnContext.SendActivityAsync(ReplyFactory.Card(ImportCardBuilder.Preview(preview, waiting.Id, waiting.ExpiresAt)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ApplyAsync(ITurnContext turnContext, string? uploadId, CancellationToken cancellationToken)
    {
        var actor = OutcomeUpdateDialog.ActorOf(turnContext.Activity);
        var taken = actor.IsIdentified ? pending.Take(actor.AadObjectId, uploadId) : null;
        if (taken is not { } waiting)
        {
            await SayAsync(turnContext, uploadId is null
                ? "There's no upload waiting for you to apply. Attach a CSV file in this chat to load it."
                : "That preview has expired, or was already applied or cancelled, so nothing was changed. Attach the file again to load it.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (waiting.Files.Count == 0)
        {
            var names = string.Join(", ", waiting.Import.Files);
            await SayAsync(turnContext, $"I couldn't read the copy of {names} I kept for this preview. Nothing was changed. Please attach {names} again.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ImportUpload.ReadAll(waiting.Files, out var problem) is not { } batch)
        {
            await SayAsync(turnContext, $"{problem} Nothing was changed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        ImportResult result;
        try
        {
            result = importer.Apply(batch, actor, cancellationToken);
        }
        catch (WriteRefusedException refused)
        {
            await SayAsync(turnContext, $"{refused.Message} Nothing was changed.", cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (Exception)
        {
            // The store failed and rolled back: keep the preview so that Apply can be retried; the error boundary answers.
            pending.Restore(waiting.Import, waiting.Files);
            throw;
        }

        var reply = result.Applied ? ImportCardBuilder.Applied(result.Preview) : ImportCardBuilder.Refused(result.Preview.File, result.Preview.Errors);
        await turnContext.SendActivityAsync(ReplyFactory.Card(reply), cancellationToken).ConfigureAwait(false);
    }

    private async Task CancelAsync(ITurnContext turnContext, string? uploadId, CancellationToken cancellationToken)
    {
        var actor = OutcomeUpdateDialog.ActorOf(turnContext.Activity);
        var cancelled = actor.IsIdentified ? pending.Cancel(actor.AadObjectId, uploadId) : null;
        await SayAsync(turnContext, cancelled is null
            ? "There's no upload waiting, so there was nothing to cancel."
            : $"Cancelled: {string.Join(", ", cancelled.Files)} was not loaded, and nothing was changed.", cancellationToken).ConfigureAwait(false);
    }

    private async Task UndoAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var actor = OutcomeUpdateDialog.ActorOf(turnContext.Activity);
        if (!roster.IsAdmin(actor.AadObjectId))
        {
            await SayAsync(turnContext, "Only SafetyBot admins can undo an import. Nothing was changed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        UndoResult undo;
        try
        {
            undo = importer.UndoLast(actor, cancellationToken);
        }
        catch (WriteRefusedException refused)
        {
            await SayAsync(turnContext, $"{refused.Message} Nothing was changed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (undo.Undone is not { } record)
        {
            await SayAsync(turnContext, "There's no import to undo.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var reversed = string.Join("; ", record.Tallies.Where(t => t.Added + t.Changed > 0).Select(t =>
            $"{t.Added} {t.Noun} it added are removed and {t.Changed} it {(t.Noun == "figures" ? "superseded are current" : "changed are as they were")} again"));
        await SayAsync(turnContext,
            $"Undone: the {record.Kind} file {record.File}, loaded by {record.ImportedByName} on {record.ImportedAt.UtcDateTime.ToString("d MMM yyyy 'at' HH:mm 'UTC'", English)}. "
            + (reversed.Length > 0 ? $"The store is exactly as it was before it: {reversed}." : "It had changed nothing.")
            + " Every answer uses the restored data now.", cancellationToken).ConfigureAwait(false);
    }

    private static bool IsLoadable(AttachedFile file) =>
        ImportUpload.IsLoadable(file.Name) && file.FileType is "csv" or "zip" or "";

    private static string Described(AttachedFile file) =>
        (file.FileType.Length > 0 ? file.FileType : Path.GetExtension(file.Name).TrimStart('.').ToLowerInvariant()) switch
        {
            "" => "a file of another type",
            var type => $"a .{type} file",
        };

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(ReplyFactory.Text(text), cancellationToken);
}
