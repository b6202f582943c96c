using System.Net;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// The bot process answered with a status other than 2xx: it was running and failed the request,
/// unlike a connection it dropped because it was killed.
/// </summary>
public sealed class BotAnsweredException(HttpStatusCode status, string message) : Exception(message)
{
    /// <summary>What the bot answered.</summary>
    public HttpStatusCode Status { get; } = status;
}
