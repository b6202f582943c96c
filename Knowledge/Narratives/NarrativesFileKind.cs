using System.Security.Cryptography;
using System.Text;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Knowledge.Narratives;

/// <summary>
/// Narratives files (<see cref="NarrativesCsvLayout"/>): a new assessment's prose with its title, recognised by the
/// <c>kind</c> and <c>text</c> columns. A row is identified by its document, section, topic and kind: loading the
/// file again (corrected) replaces those rows. Cards show the latest document's prose and say which it is; earlier
/// documents stay in the store and in the passage search.
/// </summary>
internal sealed class NarrativesFileKind : IDataFileKind
{
    /// <summary>The kind's stable name.</summary>
    public const string KindName = "narratives";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Title => "assessment narratives";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => NarrativesCsvLayout.Columns;

    /// <inheritdoc />
    public CsvLimits Limits { get; } = new() { MaxRecords = 20_000, MaxFileBytes = 32L * 1024 * 1024 };

    /// <inheritdoc />
    public int Recognise(IReadOnlyList<string> header) =>
        header.Contains(NarrativesCsvLayout.Kind, StringComparer.OrdinalIgnoreCase) && header.Contains(NarrativesCsvLayout.Text, StringComparer.OrdinalIgnoreCase)
            ? header.Count(h => NarrativesCsvLayout.Columns.Contains(h, StringComparer.OrdinalIgnoreCase))
            : 0;

    /// <inheritdoc />
    public IReadOnlyList<CsvError> Read(IReadOnlyList<ImportFile> files, ImportTarget target, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        var narratives = new List<Narrative>();
        var firstLine = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var programmes = target.Collections.Programmes.FindAll().ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            using var stream = file.Open();
            using var reader = new CsvRecordReader(stream, file.Name, Limits, leaveOpen: true);
            var header = reader.ReadHeader();
            if (header is null || header.Error is not null)
            {
                errors.Add(header?.Error ?? new CsvError(file.Name, 1, null, "The file is empty; the first line must be the header " + string.Join(',', Columns) + "."));
                continue;
            }

            var before = errors.Count;
            var columns = CsvColumns.Read(header, file.Name, NarrativesCsvLayout.Columns, NarrativesCsvLayout.RequiredColumns, errors);
            if (errors.Count > before)
            {
                continue;
            }

            while (errors.Count < Limits.MaxErrors && reader.ReadRecord() is { } row)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (row.Error is { } error)
                {
                    errors.Add(error);
                    continue;
                }

                var narrative = ReadRow(new CsvFields(row, columns, file.Name, errors), target, programmes);
                if (narrative is null)
                {
                    continue;
                }

                if (!firstLine.TryAdd(narrative.Id, (file.Name, row.Line)))
                {
                    var first = firstLine[narrative.Id];
                    errors.Add(new CsvError(file.Name, row.Line, null,
                        $"Duplicate row: line {first.Line} of {first.File} has the same document, section, topic and kind. Put the paragraphs of one section in one text (quoted, line breaks allowed), or name the sections apart."));
                    continue;
                }

                narratives.Add(narrative);
            }
        }

        if (errors.Count == 0)
        {
            foreach (var narrative in narratives)
            {
                target.PutNarrative(narrative);
            }
        }

        return errors;
    }

    private static Narrative? ReadRow(CsvFields fields, ImportTarget target, IReadOnlyDictionary<string, Programme> programmes)
    {
        var document = fields.Required(NarrativesCsvLayout.Document, NarrativesCsvLayout.MaxTitleLength);
        if (document is not null && AssessmentDocument.YearIn(document) is null)
        {
            fields.Fail(NarrativesCsvLayout.Document, "The title must name the assessment's financial year, e.g. \"Community Safety Strategic Assessment – Cambridge City 2018/19\": it orders the documents.");
        }

        var section = fields.Required(NarrativesCsvLayout.Section, NarrativesCsvLayout.MaxTitleLength);
        var kindText = fields.Required(NarrativesCsvLayout.Kind);
        NarrativeKind? kind = null;
        if (kindText is not null)
        {
            if (NarrativesCsvLayout.Kinds.TryGetValue(kindText.Trim(), out var known))
            {
                kind = known;
            }
            else
            {
                fields.Fail(NarrativesCsvLayout.Kind, $"Unknown kind '{kindText}'. Use one of: {string.Join(", ", NarrativesCsvLayout.Kinds.Keys)}.");
            }
        }

        var text = fields.Required(NarrativesCsvLayout.Text, NarrativesCsvLayout.MaxTextLength);
        var period = fields.Optional(NarrativesCsvLayout.Period);
        var topic = fields.Optional(NarrativesCsvLayout.Topic)?.Trim();
        Indicator? indicator = null;
        Programme? programme = null;
        if (topic is not null)
        {
            indicator = target.FindIndicator(topic);
            programme = indicator is null ? programmes.GetValueOrDefault(topic) : null;
            if (indicator is null && programme is null)
            {
                fields.Fail(NarrativesCsvLayout.Topic, $"Unknown indicator or programme '{topic}'. Use an indicator id (e.g. shoplifting; see the export, or load an indicators file first) or a programme code (e.g. 1.1); leave it empty for the whole document.");
            }
        }

        if (!fields.IsValid || document is null || section is null || kind is null || text is null)
        {
            return null;
        }

        return new Narrative
        {
            Id = IdOf(document, section, topic, kind.Value),
            Kind = kind.Value,
            IndicatorIds = indicator is null ? [] : [indicator.Id],
            PriorityRef = programme?.PriorityId,
            Title = programme is null ? section : $"{programme.Id} {programme.Title}",
            Text = text,
            Provenance = new Provenance { Document = document, Section = section, PeriodText = period },
        };
    }

    /// <summary>A stable id from the row's identity, so that loading a corrected file replaces the row.</summary>
    private static string IdOf(string document, string section, string? topic, NarrativeKind kind)
    {
        var identity = string.Join('\u001f', TextMatch.Normalise(document), TextMatch.Normalise(section), (topic ?? string.Empty).ToLowerInvariant(), kind.ToString());
        return "import-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
