using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SafetyBot.Benchmarks.EchoBot;

var builder = WebApplication.CreateBuilder(args);
// EchoBot:ReuseClients=true: reuse Bot Connector clients between turns exactly as SafetyBot does (Bot/Adapter).
builder.Services.AddSingleton<BotFrameworkAuthentication>(provider => builder.Configuration.GetValue<bool>("EchoBot:ReuseClients")
    ? new SafetyBot.Bot.Adapter.ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication(builder.Configuration), TimeProvider.System)
    : new ConfigurationBotFrameworkAuthentication(builder.Configuration));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider => new CloudAdapter(
    provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddTransient<IBot, EchoActivityHandler>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
app.MapGet("/healthz", () => Results.Ok());
await app.RunAsync();

namespace SafetyBot.Benchmarks.EchoBot
{
    /// <summary>Echoes every message's text: the least a bot on this SDK can do.</summary>
    public sealed class EchoActivityHandler : ActivityHandler
    {
        /// <inheritdoc />
        protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            return turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
        }
    }
}
