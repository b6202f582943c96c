using SafetyBot.Cards.Model;

namespace SafetyBot.Cards.Replies;

/// <summary>An answer: a card, and the same answer in one plain sentence for notifications, screen readers and clients without cards.</summary>
/// <param name="Card">The Adaptive Card.</param>
/// <param name="Summary">Plain text naming what was understood and the headline figure, e.g. "Dwelling burglary, 2017: 647 crimes, up 193 (43%) on 2016."</param>
public sealed record CardReply(AdaptiveCard Card, string Summary);
