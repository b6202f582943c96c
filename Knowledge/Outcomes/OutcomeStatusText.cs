namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Plain words for <see cref="OutcomeStatus"/>.</summary>
public static class OutcomeStatusText
{
    /// <summary>"On track", "At risk", "Off track", "Complete".</summary>
    public static string Of(OutcomeStatus status) => status switch
    {
        OutcomeStatus.OnTrack => "On track",
        OutcomeStatus.AtRisk => "At risk",
        OutcomeStatus.OffTrack => "Off track",
        OutcomeStatus.Complete => "Complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Reads a status from its name or plain words ("on track", "on-track", "OnTrack", "done").</summary>
    public static bool TryParse(string? text, out OutcomeStatus status)
    {
        var key = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant();
        (var found, status) = key switch
        {
            "ontrack" or "good" or "green" or "fine" => (true, OutcomeStatus.OnTrack),
            "atrisk" or "risk" or "amber" or "slipping" => (true, OutcomeStatus.AtRisk),
            "offtrack" or "red" or "behind" or "late" => (true, OutcomeStatus.OffTrack),
            "complete" or "completed" or "done" or "finished" => (true, OutcomeStatus.Complete),
            _ => (false, OutcomeStatus.OnTrack),
        };
        return found;
    }
}
