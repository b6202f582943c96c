namespace SafetyBot.Knowledge;

/// <summary>
/// A stored version of a figure. The current version of each key is the one in use; older
/// versions stay readable as history, with who recorded them, when and from which file.
/// </summary>
public sealed record ObservationRecord
{
    /// <summary>Store id (assigned on insert).</summary>
    public long Id { get; init; }

    /// <summary>The figure's identity key (see <see cref="ObservationKey"/>).</summary>
    public required string Key { get; init; }

    /// <summary>The indicator id (copied for indexing).</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The figure.</summary>
    public required Observation Observation { get; init; }

    /// <summary>How it entered the store.</summary>
    public required ObservationOrigin Origin { get; init; }

    /// <summary>True for the version in use; false once superseded.</summary>
    public bool IsCurrent { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who recorded it ("seed" for the embedded seed).</summary>
    public required string RecordedBy { get; init; }

    /// <summary>The file it was imported from, or the seed resource name.</summary>
    public required string SourceFile { get; init; }

    /// <summary>When a newer version superseded it.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>Store id of the version that superseded it.</summary>
    public long? SupersededById { get; init; }
}
