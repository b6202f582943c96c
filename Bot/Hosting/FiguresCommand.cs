using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.PoliceUk;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// <c>dotnet run --project Bot -- import figures.csv</c> (and <c>export</c>, <c>template</c>): the
/// analyst's command line, on the same database file and configuration as the bot. Run it while
/// the bot is stopped: the embedded store is opened by one process at a time.
/// </summary>
public static class FiguresCommand
{
    /// <summary>
    /// <c>dotnet run</c> runs the app in the project folder: file names are made absolute so that
    /// every message says exactly which file was read or written.
    /// </summary>
    private static string[] WithFullPaths(string[] args) =>
        [.. args.Select((arg, i) => i == 1 && !arg.StartsWith("--", StringComparison.Ordinal) ? Path.GetFullPath(arg) : arg)];

    /// <summary>True when <paramref name="args"/> ask for a figures command rather than the bot.</summary>
    public static bool IsRequested(string[] args) => FiguresCommandLine.IsFiguresCommand(args);

    /// <summary>Runs the command and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        var path = DatabasePath.Resolve(options, environment.ContentRootPath);
        var policeUk = new PoliceUkOptions();
        configuration.GetSection(PoliceUkOptions.SectionName).Bind(policeUk);
        if (new PoliceUkOptionsValidator().Validate(null, policeUk) is { Failed: true } invalid)
        {
            await Console.Error.WriteLineAsync(invalid.FailureMessage).ConfigureAwait(false);
            return FiguresCommandLine.Usage;
        }

        try
        {
            if (options.Provider == StoreProvider.PostgreSql)
            {
                return await RunOnPostgreSqlAsync(args, configuration, options, policeUk).ConfigureAwait(false);
            }

            using var database = new SafetyDatabase(path, SafetyBsonMapper.Create(PersistedTypes.All));
            return await FiguresCommandLine.RunAsync(WithFullPaths(args), database, TimeProvider.System, Console.Out, Console.Error, policeUk).ConfigureAwait(false);
        }
        catch (StoreUnavailableException exception)
        {
            // Names the file or database and the cause (a running bot holding the file is one).
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return FiguresCommandLine.Failed;
        }
    }

    /// <summary>
    /// On PostgreSQL the knowledge is shared: the command works on a temporary local copy of it (so the bot may keep
    /// running), and an import is a shared write that every running instance reads within a second.
    /// </summary>
    private static async Task<int> RunOnPostgreSqlAsync(string[] args, IConfiguration configuration, StorageOptions options, PoliceUkOptions policeUk)
    {
        var folder = Directory.CreateTempSubdirectory("safetybot-figures-");
        try
        {
            await using var postgres = StoreServiceCollectionExtensions.CreatePostgreSql(configuration, options);
            await postgres.OpenAsync().ConfigureAwait(false);
            using var database = new SafetyDatabase(Path.Combine(folder.FullName, "copy.db"), SafetyBsonMapper.Create(PersistedTypes.All));
            new PostgreSqlKnowledge(postgres, database).CatchUp();
            return await FiguresCommandLine.RunAsync(WithFullPaths(args), database, TimeProvider.System, Console.Out, Console.Error, policeUk).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
