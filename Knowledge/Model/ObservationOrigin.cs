namespace SafetyBot.Knowledge;

/// <summary>How a figure entered the store.</summary>
public enum ObservationOrigin
{
    /// <summary>Transcribed from a source document into the embedded seed.</summary>
    Seed,

    /// <summary>Imported from a figures CSV file.</summary>
    Import,
}
