namespace SafetyBot.Knowledge.Imports;

/// <summary>How many records of one sort an import adds, changes and leaves as they are.</summary>
/// <param name="Noun">What is counted, plural: "figures", "indicators", "narratives".</param>
/// <param name="Added">Records the store did not have.</param>
/// <param name="Changed">Records that replace a different one (a superseded figure stays readable as history).</param>
/// <param name="Unchanged">Records identical to the store's (nothing written).</param>
public sealed record ImportTally(string Noun, int Added, int Changed, int Unchanged)
{
    /// <summary>Added, changed and unchanged together.</summary>
    public int Total => Added + Changed + Unchanged;
}
