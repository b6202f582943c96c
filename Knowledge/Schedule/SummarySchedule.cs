using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace SafetyBot.Knowledge.Schedule;

/// <summary>
/// The quarterly summary's schedule: a cron expression read in a time zone (Cronos), so
/// "09:00 Europe/London" is 08:00 UTC in summer time and 09:00 UTC in winter. Each occurrence
/// reports on the financial quarter that ended before it.
/// </summary>
public sealed class SummarySchedule
{
    /// <summary>How far back <see cref="LastOccurrenceAtOrBefore"/> looks, in growing steps.</summary>
    private static readonly TimeSpan[] LookBack =
    [
        TimeSpan.FromDays(1),
        TimeSpan.FromDays(32),
        TimeSpan.FromDays(400),
        TimeSpan.FromDays((4 * 366) + 1),
        TimeSpan.FromDays(30 * 366),
    ];

    private readonly CronExpression _expression;

    /// <summary>Creates the schedule.</summary>
    /// <param name="cron">A five-field cron expression (Cronos syntax).</param>
    /// <param name="timeZoneId">An IANA time zone id, e.g. <c>Europe/London</c>.</param>
    /// <exception cref="CronFormatException">The expression is not valid.</exception>
    /// <exception cref="TimeZoneNotFoundException">The time zone is not known.</exception>
    public SummarySchedule(string cron, string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        _expression = CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        Cron = cron.Trim();
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId.Trim());
    }

    /// <summary>The cron expression.</summary>
    public string Cron { get; }

    /// <summary>The time zone the expression is read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The schedule of validated <paramref name="options"/>.</summary>
    public static SummarySchedule From(QuarterlySummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SummarySchedule(options.Schedule, options.TimeZone);
    }

    /// <summary>The first occurrence strictly after <paramref name="now"/>, or null when there is none.</summary>
    public DateTimeOffset? NextOccurrenceAfter(DateTimeOffset now) =>
        _expression.GetNextOccurrence(now, TimeZone, inclusive: false);

    /// <summary>The latest occurrence at or before <paramref name="now"/> (within 30 years), or null.</summary>
    public DateTimeOffset? LastOccurrenceAtOrBefore(DateTimeOffset now)
    {
        // Cronos only looks forwards: search windows of growing size backwards from now, so a
        // frequent expression enumerates few occurrences and a rare one is still found.
        var windowEnd = now;
        var toInclusive = true;
        foreach (var span in LookBack)
        {
            var windowStart = now - span;
            var occurrences = _expression.GetOccurrences(windowStart, windowEnd, TimeZone, fromInclusive: true, toInclusive: toInclusive);
            if (occurrences.Select(o => (DateTimeOffset?)o).LastOrDefault() is { } last)
            {
                return last;
            }

            windowEnd = windowStart;
            toInclusive = false;
        }

        return null;
    }

    /// <summary>The financial quarter an occurrence reports on: the one that ended before its date in <see cref="TimeZone"/>.</summary>
    public FinancialQuarter QuarterReportedAt(DateTimeOffset occurrence) =>
        FinancialQuarter.Containing(LocalDate(occurrence)).Previous;

    /// <summary>The date of <paramref name="moment"/> in <see cref="TimeZone"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, TimeZone).DateTime);

    internal static bool TryParseCron(string? cron, [NotNullWhen(true)] out CronExpression? expression, out string error)
    {
        expression = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(cron))
        {
            error = "it is empty.";
            return false;
        }

        try
        {
            expression = CronExpression.Parse(cron.Trim(), CronFormat.Standard);
            return true;
        }
        catch (CronFormatException exception)
        {
            error = exception.Message;
            return false;
        }
    }

    internal static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone);
    }
}
