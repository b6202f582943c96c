using LiteDB;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// One record an import wrote, kept in <c>k_import_changes</c> with the record as it was before (null when the import
/// added it): undoing the import puts every such record back, newest first, exactly as it was.
/// </summary>
public sealed class ImportChange
{
    /// <summary>Sequence number (LiteDB auto id); undo goes from the highest down.</summary>
    public long Id { get; set; }

    /// <summary>The <see cref="ImportRecord.Id"/>.</summary>
    public int ImportId { get; set; }

    /// <summary>The collection written.</summary>
    public string Collection { get; set; } = string.Empty;

    /// <summary>The written record's id.</summary>
    public BsonValue DocumentId { get; set; } = BsonValue.Null;

    /// <summary>The record before the import wrote it; null when the import created it.</summary>
    public BsonDocument? Before { get; set; }
}
