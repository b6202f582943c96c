namespace SafetyBot.Knowledge.Schedule;

/// <summary>
/// When the quarterly summary is posted to subscribed conversations. Bound from the
/// <c>QuarterlySummary</c> section and checked at start by <see cref="QuarterlySummaryOptionsValidator"/>.
/// </summary>
public sealed class QuarterlySummaryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "QuarterlySummary";

    /// <summary>
    /// 09:00 on the first weekday (Monday to Friday; bank holidays are not known to cron) of
    /// January, April, July and October: the first working day after each financial quarter ends.
    /// </summary>
    public const string DefaultSchedule = "0 9 1W 1,4,7,10 *";

    /// <summary>The default time zone of <see cref="Schedule"/>.</summary>
    public const string DefaultTimeZone = "Europe/London";

    /// <summary>False to post nothing on a schedule (on-demand sends still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A five-field cron expression (minute hour day-of-month month day-of-week, Cronos syntax,
    /// with <c>L</c>, <c>W</c> and <c>#</c>) read in <see cref="TimeZone"/>. Each occurrence posts
    /// the summary of the financial quarter that ended before it, once per conversation.
    /// </summary>
    public string Schedule { get; set; } = DefaultSchedule;

    /// <summary>The IANA time zone id of <see cref="Schedule"/>, e.g. <c>Europe/London</c>.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>
    /// After a run that left deliveries failed (not throttled away by retries, not refused with
    /// 403), how long to wait before trying those conversations again.
    /// </summary>
    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many times a quarter's summary is tried for one conversation before giving up.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How long a claimed delivery is kept from other instances while one instance posts it (PostgreSQL, several
    /// instances): after this a delivery left <c>Sending</c> is taken to belong to an instance that stopped mid-post and
    /// may be claimed again. A post is given at most half of it (the rest is margin for clocks and for recording the
    /// outcome), so a live instance never loses its claim mid-post. On LiteDB one process holds the file, so a claim
    /// of an earlier run is free at once and only the half-lease limit on a post applies.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = DefaultDeliveryLease;

    /// <summary>The default of <see cref="DeliveryLease"/>: far longer than a post with its retries.</summary>
    public static TimeSpan DefaultDeliveryLease { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest a post may take before it is stopped and recorded as failed: half of <see cref="DeliveryLease"/>.</summary>
    public TimeSpan LongestPost => DeliveryLease / 2;
}
