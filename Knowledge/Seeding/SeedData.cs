using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyBot.Knowledge;

/// <summary>The embedded seed (Knowledge/Seed/*.json), read and checked.</summary>
internal sealed class SeedData
{
    internal const string ResourcePrefix = "SafetyBot.Knowledge.Seed.";
    internal const string RecordedBy = "seed";

    private SeedData()
    {
    }

    internal required string Hash { get; init; }

    /// <summary>
    /// The seed's revision (document.json), raised with every change to the seed: a build never replaces a seed of a
    /// higher revision, which a newer build sharing the store (a staging slot, a rolling deploy) may have applied.
    /// </summary>
    internal required int Revision { get; init; }

    internal required string DocumentTitle { get; init; }

    internal required IReadOnlyList<Indicator> Indicators { get; init; }

    internal required IReadOnlyList<Observation> Observations { get; init; }

    internal required IReadOnlyList<Narrative> Narratives { get; init; }

    internal required IReadOnlyList<Priority> Priorities { get; init; }

    internal required IReadOnlyList<Programme> Programmes { get; init; }

    internal required IReadOnlyList<ReviewedPriority> ReviewedPriorities { get; init; }

    internal required IReadOnlyList<GlossaryTerm> Glossary { get; init; }

    internal required IReadOnlyList<Source> Sources { get; init; }

    internal required IReadOnlyList<KeyDate> KeyDates { get; init; }

    internal required IReadOnlyList<UncoveredTopic> UncoveredTopics { get; init; }

    internal required IReadOnlyList<UncoveredPlace> UncoveredPlaces { get; init; }

    /// <summary>Reads the seed embedded in this assembly.</summary>
    /// <exception cref="InvalidDataException">The seed is inconsistent (a build-time mistake).</exception>
    internal static SeedData Load()
    {
        var assembly = typeof(SeedData).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name[ResourcePrefix.Length..], name => Read(assembly, name), StringComparer.Ordinal);

        var document = Deserialize<SeedFiles.DocumentInfo>(files, "document.json", CreateOptions(string.Empty));
        var title = document.Title;
        var options = CreateOptions(title);
        var narratives = files.Keys
            .Where(name => name.StartsWith("narratives", StringComparison.Ordinal))
            .SelectMany(name => Deserialize<List<Narrative>>(files, name, options))
            .ToList();
        var priorities = Deserialize<SeedFiles.PriorityFile>(files, "priorities.json", options);
        var observationFile = Deserialize<SeedFiles.ObservationFile>(files, "observations.json", options);

        var seed = new SeedData
        {
            Hash = ComputeHash(files),
            Revision = document.Revision,
            DocumentTitle = title,
            Indicators = Deserialize<List<Indicator>>(files, "indicators.json", options),
            Observations = observationFile.Groups.SelectMany(group => Expand(group, title)).ToList(),
            Narratives = narratives,
            Priorities = priorities.Priorities,
            Programmes = priorities.Programmes,
            ReviewedPriorities = priorities.ReviewedPriorities,
            Glossary = Deserialize<List<GlossaryTerm>>(files, "glossary.json", options),
            Sources = Deserialize<List<Source>>(files, "sources.json", options),
            KeyDates = Deserialize<List<KeyDate>>(files, "key-dates.json", options),
            UncoveredTopics = Deserialize<List<UncoveredTopic>>(files, "uncovered-topics.json", options),
            UncoveredPlaces = Deserialize<List<UncoveredPlace>>(files, "uncovered-places.json", options),
        };
        SeedValidator.Validate(seed);
        return seed;
    }

    private static IEnumerable<Observation> Expand(SeedFiles.ObservationGroup group, string title)
    {
        foreach (var row in group.Rows)
        {
            var periodKey = row.Period ?? group.Period
                ?? throw new InvalidDataException($"Seed figure in '{group.Section}' has no period.");
            if (!Period.TryParse(periodKey, out var period))
            {
                throw new InvalidDataException($"Seed figure in '{group.Section}' has a bad period '{periodKey}'.");
            }

            yield return new Observation
            {
                IndicatorId = row.Indicator ?? group.Indicator
                    ?? throw new InvalidDataException($"Seed figure in '{group.Section}' has no indicator."),
                Area = row.Area ?? group.Area ?? Area.CambridgeCity,
                Period = period,
                Measure = row.Measure,
                Breakdown = row.Breakdown ?? group.Breakdown ?? string.Empty,
                Value = row.Value,
                RankOf = row.RankOf,
                Note = row.Note,
                IsDerived = row.IsDerived,
                Provenance = new Provenance
                {
                    Document = title,
                    Section = row.Section ?? group.Section,
                    PeriodText = row.PeriodText ?? group.PeriodText,
                    OriginalSource = row.OriginalSource ?? group.OriginalSource,
                    SourceId = row.SourceId ?? group.SourceId,
                    Footnote = row.Footnote ?? group.Footnote,
                },
            };
        }
    }

    private static JsonSerializerOptions CreateOptions(string documentTitle) => new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new SeedProvenanceConverter(documentTitle) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static T Deserialize<T>(IReadOnlyDictionary<string, byte[]> files, string name, JsonSerializerOptions options)
    {
        if (!files.TryGetValue(name, out var bytes))
        {
            throw new InvalidDataException($"The embedded seed file '{name}' is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, options)
                ?? throw new InvalidDataException($"The embedded seed file '{name}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The embedded seed file '{name}' is not valid: {exception.Message}", exception);
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded resource '{name}' cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ComputeHash(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
