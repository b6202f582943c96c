namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The context of one waterfall step: the dialog context (to prompt, begin, end or replace),
/// plus the step's index, the previous answer and the values saved so far.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogContext _dc;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result, object? options, IDictionary<string, object> values)
        : base(dc.Dialogs, dc.Context, dc.State)
    {
        _waterfall = waterfall;
        _dc = dc;
        Index = index;
        Reason = reason;
        Result = result;
        Options = options;
        Values = values;
    }

    /// <summary>The step's zero-based index.</summary>
    public int Index { get; }

    /// <summary>Why the step runs: begun, resumed after a prompt, next, or back.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's answer: usually the value of the prompt it began.</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public object? Options { get; }

    /// <summary>Values saved by the steps, persisted with the dialog. Keep them JSON-friendly.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>True when the previous step's prompt gave up after too many invalid answers.</summary>
    public bool PromptGaveUp => Result is PromptResult { IsTooManyAttempts: true };

    /// <summary>True once <see cref="NextAsync"/> or <see cref="BackAsync"/> has been called.</summary>
    internal bool HasMoved { get; private set; }

    /// <summary><see cref="Result"/> as <typeparamref name="T"/> (converting as <see cref="DialogValueExtensions"/> does).</summary>
    public T? GetResult<T>() => StateValue.Convert<T>(Result);

    /// <summary>Skips to the next step now, passing it <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">The step already moved on or back.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        MarkMoved();
        return _waterfall.RunStepAsync(_dc, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>
    /// Goes back: re-runs the step that asked the question before this step, with the result
    /// it had then; from before the first question, restarts at step 0.
    /// </summary>
    /// <exception cref="InvalidOperationException">The step already moved on or back.</exception>
    public Task<DialogTurnResult> BackAsync(CancellationToken cancellationToken = default)
    {
        MarkMoved();
        return _waterfall.StepBackFromAsync(_dc, Index, cancellationToken);
    }

    private void MarkMoved()
    {
        if (HasMoved)
        {
            throw new InvalidOperationException($"Step {Index} already moved on or back.");
        }

        HasMoved = true;
    }
}
