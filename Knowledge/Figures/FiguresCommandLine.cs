using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.PoliceUk;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// The figures command line: <c>import &lt;file.csv&gt; [--by NAME]</c>, <c>export &lt;file.csv&gt;</c> and
/// <c>template &lt;file.csv&gt;</c>. The host passes its arguments when <see cref="IsFiguresCommand"/> says so.
/// Exit codes: 0 done, 1 refused or failed (details on stderr), 2 usage error.
/// </summary>
public static class FiguresCommandLine
{
    /// <summary>Exit code: done.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the file was refused or could not be read or written.</summary>
    public const int Failed = 1;

    /// <summary>Exit code: the arguments were wrong.</summary>
    public const int Usage = 2;

    private const string UsageText = """
        Usage:
          import <file.csv|.zip> [--by NAME] validate and import a data file (or a zip of them), its kind recognised from its header
                                  (nothing changes if any line is wrong)
          export <file.csv>               write every current figure in the import layout
          template <file.csv>             write an empty template with the column layout
        Columns are described in docs/figures-csv.md.
        """;

    /// <summary>True when the first argument is one of this command line's verbs.</summary>
    public static bool IsFiguresCommand(IReadOnlyList<string> args) =>
        args is [var verb, ..] && verb.ToLowerInvariant() is "import" or "export" or "template";

    /// <summary>Runs a command against <paramref name="database"/> (seeding it first when needed).</summary>
    public static async Task<int> RunAsync(
        string[] args,
        SafetyDatabase database,
        TimeProvider time,
        TextWriter stdout,
        TextWriter stderr,
        PoliceUkOptions? policeUk = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (!TryParse(args, out var verb, out var file, out var importedBy, out var problem))
        {
            await stderr.WriteLineAsync(problem + Environment.NewLine + UsageText).ConfigureAwait(false);
            return Usage;
        }

        try
        {
            return verb switch
            {
                "import" => await ImportAsync(database, time, file, importedBy, policeUk, stdout, stderr, cancellationToken).ConfigureAwait(false),
                "export" => await ExportAsync(database, time, file, stdout, cancellationToken).ConfigureAwait(false),
                _ => await TemplateAsync(file, stdout, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{verb} failed: {exception.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<int> ImportAsync(
        SafetyDatabase database, TimeProvider time, string file, string importedBy, PoliceUkOptions? policeUk, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        KnowledgeSeeder.EnsureSeeded(database, time);
        var batch = ImportBatch.FromPath(file);
        if (Path.GetExtension(file).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            if (ImportUpload.Read(file, bytes, out var problem) is not { } unpacked)
            {
                await stderr.WriteLineAsync($"{problem} Nothing was changed.").ConfigureAwait(false);
                return Failed;
            }

            batch = unpacked;
        }

        var result = new DataImporter(database, time, ShellImportPermission.Instance, policeUk: policeUk).Apply(batch, new Actor(string.Empty, importedBy), cancellationToken);
        if (!result.Applied)
        {
            foreach (var error in result.Preview.Errors)
            {
                await stderr.WriteLineAsync(error.ToString()).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync($"{batch.Name} refused: {result.Preview.Errors.Count} error(s); nothing was changed.").ConfigureAwait(false);
            return Failed;
        }

        await stdout.WriteLineAsync(
            $"{batch.Name} ({result.Preview.KindTitle}) imported by {importedBy}: {DataImporter.Describe(result.Preview.Tallies)}.").ConfigureAwait(false);
        return Success;
    }

    private static async Task<int> ExportAsync(SafetyDatabase database, TimeProvider time, string file, TextWriter stdout, CancellationToken cancellationToken)
    {
        KnowledgeSeeder.EnsureSeeded(database, time);
        var count = await new FiguresExporter(database).ExportFileAsync(file, cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"{count} figures written to {file}.").ConfigureAwait(false);
        return Success;
    }

    private static async Task<int> TemplateAsync(string file, TextWriter stdout, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(file, FiguresTemplate.Text(), cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"Template written to {file}.").ConfigureAwait(false);
        return Success;
    }

    private static bool TryParse(string[] args, out string verb, out string file, out string importedBy, out string problem)
    {
        verb = args.Length > 0 ? args[0].ToLowerInvariant() : string.Empty;
        file = string.Empty;
        importedBy = Environment.UserName;
        problem = string.Empty;
        if (verb is not ("import" or "export" or "template"))
        {
            problem = args.Length == 0 ? "No command given." : $"Unknown command '{args[0]}'.";
            return false;
        }

        var rest = args.Skip(1).ToList();
        var by = rest.FindIndex(a => a.Equals("--by", StringComparison.OrdinalIgnoreCase));
        if (by >= 0)
        {
            if (verb != "import" || by + 1 >= rest.Count || string.IsNullOrWhiteSpace(rest[by + 1]))
            {
                problem = "--by NAME is only for import, and needs a name.";
                return false;
            }

            importedBy = rest[by + 1];
            rest.RemoveRange(by, 2);
        }

        if (rest.Count != 1)
        {
            problem = $"'{verb}' needs exactly one file.";
            return false;
        }

        file = rest[0];
        return true;
    }
}
