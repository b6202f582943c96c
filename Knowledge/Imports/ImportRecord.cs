namespace SafetyBot.Knowledge.Imports;

/// <summary>An applied import, kept in <c>k_imports</c>: who loaded what, when, and whether it was undone.</summary>
public sealed class ImportRecord
{
    /// <summary>Sequence number (LiteDB auto id).</summary>
    public int Id { get; set; }

    /// <summary>The kind's stable name (<c>figures</c>...).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The uploaded file's name.</summary>
    public string File { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>When it was applied.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Object id of who applied it (empty from the command line).</summary>
    public string ImportedBy { get; set; } = string.Empty;

    /// <summary>Their name.</summary>
    public string ImportedByName { get; set; } = string.Empty;

    /// <summary>What it changed.</summary>
    public List<ImportTally> Tallies { get; set; } = [];

    /// <summary>When it was undone; null while it stands.</summary>
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>Name of who undid it.</summary>
    public string? UndoneByName { get; set; }
}
