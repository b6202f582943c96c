using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.DateTime;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Asks for a date: "3 March", "yesterday", "today", "2018-03-03", "3/4/2018" (3 April in en-GB),
/// or a submitted date input. Relative dates resolve against today in <see cref="TimeProvider"/>'s
/// local time zone. A date without a year is the most recent one (or the next, with <see cref="PreferFutureDates"/>).
/// </summary>
public sealed class DatePrompt : Prompt<DateOnly>
{
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the prompt.</summary>
    public DatePrompt(string dialogId, TimeProvider timeProvider, PromptValidator<DateOnly>? validator = null)
        : base(dialogId, validator)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>Resolve a date without a year to its next occurrence rather than its last.</summary>
    public bool PreferFutureDates { get; init; }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<DateOnly>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Text.Length > MaxRecognizedLength)
        {
            return Task.FromResult(PromptRecognizerResult<DateOnly>.Failed);
        }

        var now = _timeProvider.GetLocalNow().DateTime;
        var today = DateOnly.FromDateTime(now);
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(input.Text, RecognizerCulture, DateTimeOptions.None, now))
        {
            if (result.Resolution.GetValueOrDefault("values") is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var dates = values
                .Where(value => value.GetValueOrDefault("type") is "date" or "datetime")
                .Select(value => ParseDate(value.GetValueOrDefault("value")))
                .OfType<DateOnly>()
                .Order()
                .ToList();
            if (dates.Count > 0)
            {
                return Task.FromResult(PromptRecognizerResult<DateOnly>.Of(Pick(dates, today)));
            }
        }

        return Task.FromResult(PromptRecognizerResult<DateOnly>.Failed);
    }

    private DateOnly Pick(List<DateOnly> dates, DateOnly today) => PreferFutureDates
        ? dates.Where(date => date >= today).DefaultIfEmpty(dates[^1]).First()
        : dates.Where(date => date <= today).DefaultIfEmpty(dates[0]).Last();

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
