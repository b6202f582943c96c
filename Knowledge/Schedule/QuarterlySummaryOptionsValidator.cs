using Cronos;
using Microsoft.Extensions.Options;

namespace SafetyBot.Knowledge.Schedule;

/// <summary>
/// Checks <see cref="QuarterlySummaryOptions"/> at start: a cron expression Cronos can read, a
/// time zone this machine knows, sensible retry settings and a delivery lease between 2 seconds
/// and a day. Each failure names its key.
/// </summary>
public sealed class QuarterlySummaryOptionsValidator : IValidateOptions<QuarterlySummaryOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, QuarterlySummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = QuarterlySummaryOptions.SectionName;
        var failures = new List<string>();

        if (!SummarySchedule.TryParseCron(options.Schedule, out _, out var cronError))
        {
            failures.Add($"{section}:{nameof(options.Schedule)} '{options.Schedule}' is not a valid cron expression: {cronError}");
        }

        if (!SummarySchedule.TryFindTimeZone(options.TimeZone, out _))
        {
            failures.Add($"{section}:{nameof(options.TimeZone)} '{options.TimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/London).");
        }

        if (options.RetryFailedAfter < TimeSpan.FromSeconds(1) || options.RetryFailedAfter > TimeSpan.FromDays(7))
        {
            failures.Add($"{section}:{nameof(options.RetryFailedAfter)} must be between 00:00:01 and 7.00:00:00.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{section}:{nameof(options.MaxAttempts)} must be between 1 and 100.");
        }

        if (options.DeliveryLease < TimeSpan.FromSeconds(2) || options.DeliveryLease > TimeSpan.FromDays(1))
        {
            failures.Add($"{section}:{nameof(options.DeliveryLease)} must be between 00:00:02 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
