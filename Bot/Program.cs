using SafetyBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSafetyBot(builder.Configuration);

var app = builder.Build();
app.MapSafetyBot();
app.Run();

/// <summary>Entry point; public so that the test host can start the real app.</summary>
public partial class Program;
