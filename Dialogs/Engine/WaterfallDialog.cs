using Microsoft.Bot.Schema;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// A dialog of steps run in order. A step usually saves the previous answer
/// (<see cref="WaterfallStepContext.Result"/>) and asks the next question with a prompt; the
/// prompt's answer is the next step's result. "back" re-runs the step that asked the previous
/// question, with the result it had then.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string TrailKey = "trail";
    private const string TrailIndexKey = "index";
    private const string TrailResultKey = "result";

    private readonly List<Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>>> _steps;

    /// <summary>Creates the waterfall with its steps.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>>>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    /// <summary>How many steps there are.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Adds a step at the end.</summary>
    public WaterfallDialog AddStep(Func<WaterfallStepContext, CancellationToken, Task<DialogTurnResult>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object>(StringComparer.Ordinal);
        state[TrailKey] = new List<object>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>The waterfall itself waited (a step returned <see cref="Dialog.EndOfTurn"/>): the message text is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State.GetValue<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <inheritdoc />
    public override bool CanStepBack(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return PreviousQuestion(instance.State, instance.State.GetValue<int>(StepIndexKey)) is not null;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return StepBackFromAsync(dc, dc.ActiveDialog!.State.GetValue<int>(StepIndexKey), cancellationToken);
    }

    /// <summary>Runs step <paramref name="index"/> (or ends the waterfall after the last one).</summary>
    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var trail = Trail(state);
        trail.RemoveAll(entry => EntryIndex(entry) >= index);

        var step = new WaterfallStepContext(this, dc, index, reason, result, state.TryGetValue(OptionsKey, out var options) ? options : null, Values(state));
        var turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        if (turn.Status == DialogTurnStatus.Waiting && !step.HasMoved)
        {
            var entry = new Dictionary<string, object>(StringComparer.Ordinal) { [TrailIndexKey] = index };
            if (result is not null)
            {
                entry[TrailResultKey] = result;
            }

            trail.Add(entry);
        }

        return turn;
    }

    /// <summary>Re-runs the last step before <paramref name="index"/> that asked a question, with the result it had.</summary>
    internal Task<DialogTurnResult> StepBackFromAsync(DialogContext dc, int index, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        if (PreviousQuestion(state, index) is not { } entry)
        {
            return RunStepAsync(dc, 0, DialogReason.BackCalled, null, cancellationToken);
        }

        return RunStepAsync(dc, EntryIndex(entry), DialogReason.BackCalled, entry.GetValueOrDefault(TrailResultKey), cancellationToken);
    }

    private static Dictionary<string, object>? PreviousQuestion(IDictionary<string, object> state, int index) =>
        Trail(state).OfType<Dictionary<string, object>>().LastOrDefault(entry => EntryIndex(entry) < index);

    private static int EntryIndex(object entry) =>
        entry is IDictionary<string, object> values ? values.GetValue<int>(TrailIndexKey) : -1;

    private static List<object> Trail(IDictionary<string, object> state)
    {
        if (state.TryGetValue(TrailKey, out var stored) && stored is List<object> trail)
        {
            return trail;
        }

        trail = [];
        state[TrailKey] = trail;
        return trail;
    }

    private static IDictionary<string, object> Values(IDictionary<string, object> state)
    {
        if (state.TryGetValue(ValuesKey, out var stored) && stored is IDictionary<string, object> values)
        {
            return values;
        }

        values = new Dictionary<string, object>(StringComparer.Ordinal);
        state[ValuesKey] = values;
        return values;
    }
}
