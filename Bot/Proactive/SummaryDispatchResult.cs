using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>What one run of <see cref="QuarterlySummaryDispatcher.SendAsync"/> did.</summary>
/// <param name="Quarter">The quarter summarised.</param>
/// <param name="Due">Subscriptions that still needed the summary when the run started.</param>
/// <param name="Sent">Posted in this run.</param>
/// <param name="Failed">Failed in this run; tried again later while attempts remain.</param>
/// <param name="Deactivated">Refused with 403; their subscriptions were made inactive.</param>
/// <param name="HeldElsewhereUntil">
/// When some delivery this run could not claim because another instance was posting it: when the first such claim's
/// lease runs out (the delivery is then due again, should that instance have stopped). Null when there is none.
/// </param>
public sealed record SummaryDispatchResult(FinancialQuarter Quarter, int Due, int Sent, int Failed, int Deactivated, DateTimeOffset? HeldElsewhereUntil = null);
