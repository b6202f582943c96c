using SafetyBot.Bot.Hosting;

if (MigrateStoreCommand.IsRequested(args))
{
    return await MigrateStoreCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
if (FiguresCommand.IsRequested(args))
{
    return await FiguresCommand.RunAsync(args, builder.Configuration, builder.Environment);
}

builder.Services.AddSafetyBot(builder.Configuration);

await using var app = builder.Build();
if (!await StoreStart.OpenAsync(app.Services, Console.Error))
{
    return StoreStart.StoreUnavailableExitCode;
}

app.MapSafetyBot();
await app.StartAsync();
if (!StoreStart.Started(app.Services, Console.Error))
{
    await app.StopAsync();
    return StoreStart.StoreUnavailableExitCode;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>Entry point; public so that the test host can start the real app.</summary>
public partial class Program;
