using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Posts the quarterly summary on the configured schedule. On start, and at each occurrence, it
/// sends what is due and not yet sent for the latest occurrence at or before now, so a summary
/// missed while the app was down goes out once when it starts; the delivery log keeps restarts
/// from repeating one. Failed deliveries are tried again after
/// <see cref="QuarterlySummaryOptions.RetryFailedAfter"/>; a delivery another instance is posting is
/// looked at again when its lease runs out, so that it is taken over should that instance have
/// stopped mid-post. All waiting uses the injected
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class QuarterlySummaryScheduler : BackgroundService
{
    /// <summary>The longest single wait: timers cannot wait a whole quarter, so the scheduler wakes daily and looks again.</summary>
    internal static readonly TimeSpan MaxSleep = TimeSpan.FromDays(1);

    /// <summary>The shortest wait before looking again at a delivery another instance holds (its lease as this clock reads it may have just run out).</summary>
    internal static readonly TimeSpan MinSleep = TimeSpan.FromSeconds(1);

    private readonly QuarterlySummaryDispatcher _dispatcher;
    private readonly IOptions<QuarterlySummaryOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<QuarterlySummaryScheduler> _logger;
    private long _sleepingUntilUtcTicks;

    /// <summary>Creates the scheduler.</summary>
    public QuarterlySummaryScheduler(
        QuarterlySummaryDispatcher dispatcher,
        IOptions<QuarterlySummaryOptions> options,
        TimeProvider time,
        ILogger<QuarterlySummaryScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _dispatcher = dispatcher;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>When the scheduler's current wait ends (null before its first wait); its timer is set by then.</summary>
    internal DateTimeOffset? SleepingUntil
    {
        get
        {
            var ticks = Interlocked.Read(ref _sleepingUntilUtcTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = _options.Value;
        if (!options.Enabled)
        {
            ProactiveLog.ScheduleDisabled(_logger);
            return;
        }

        var schedule = SummarySchedule.From(options);
        ProactiveLog.ScheduleStarted(_logger, schedule.Cron, schedule.TimeZone.Id, schedule.NextOccurrenceAfter(_time.GetUtcNow()));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var (retrySoon, heldElsewhereUntil) = await RunDueAsync(schedule, stoppingToken).ConfigureAwait(false);
                var now = _time.GetUtcNow();
                var wake = now + MaxSleep;
                if (schedule.NextOccurrenceAfter(now) is { } next && next < wake)
                {
                    wake = next;
                }

                if (retrySoon && now + options.RetryFailedAfter < wake)
                {
                    wake = now + options.RetryFailedAfter;
                }

                // Another instance is posting some delivery: look again when its lease runs out, in case it stopped.
                if (heldElsewhereUntil is { } leaseEnds && leaseEnds < wake)
                {
                    wake = leaseEnds > now + MinSleep ? leaseEnds : now + MinSleep;
                }

                // Set the timer before saying so, so that whoever reads SleepingUntil can move time on.
                var sleep = Task.Delay(wake - now, _time, stoppingToken);
                Interlocked.Exchange(ref _sleepingUntilUtcTicks, wake.UtcTicks);
                ProactiveLog.Sleeping(_logger, wake);
                await sleep.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; anything unsent stays due.
        }
    }

    /// <summary>
    /// Sends what is due for the latest occurrence at or before now. RetrySoon: some delivery failed and should be
    /// retried; HeldElsewhereUntil: when the first lease of a delivery another instance is posting runs out.
    /// </summary>
    private async Task<(bool RetrySoon, DateTimeOffset? HeldElsewhereUntil)> RunDueAsync(SummarySchedule schedule, CancellationToken stoppingToken)
    {
        if (schedule.LastOccurrenceAtOrBefore(_time.GetUtcNow()) is not { } occurrence)
        {
            return (false, null);
        }

        var quarter = schedule.QuarterReportedAt(occurrence);
        try
        {
            var result = await _dispatcher.SendAsync(quarter, occurrence, stoppingToken).ConfigureAwait(false);
            return (result.Failed > 0, result.HeldElsewhereUntil);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ProactiveLog.RunFailed(_logger, exception, quarter.Key);
            return (true, null);
        }
    }
}
