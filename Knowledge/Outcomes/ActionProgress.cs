namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Every action's leads and latest outcome update, read once, for a card that shows them.</summary>
/// <param name="Leads">Every lead assignment.</param>
/// <param name="Latest">The latest update of each action that has one.</param>
public sealed record ActionProgress(IReadOnlyList<ActionLead> Leads, IReadOnlyDictionary<string, OutcomeUpdate> Latest)
{
    /// <summary>Reads every lead and the latest update of each action from <paramref name="outcomes"/>.</summary>
    public static async Task<ActionProgress> ReadAsync(IOutcomeStore outcomes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var latest = await outcomes.LatestByActionAsync(cancellationToken).ConfigureAwait(false);
        var leads = await outcomes.AllLeadsAsync(cancellationToken).ConfigureAwait(false);
        return new ActionProgress(leads, latest);
    }

    /// <summary>The leads of <paramref name="actionId"/>, by name.</summary>
    public IReadOnlyList<ActionLead> LeadsOf(string actionId) =>
        Leads.Where(l => l.ActionId == actionId).OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();
}
