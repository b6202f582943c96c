namespace SafetyBot.Knowledge.Outcomes;

/// <summary>The actions of the programmes in the Knowledge store.</summary>
public sealed class KnowledgeActionCatalog(IKnowledgeStore store) : IActionCatalog
{
    /// <inheritdoc />
    public bool ActionExists(string actionId) => Find(actionId) is not null;

    /// <summary>The action with <paramref name="actionId"/> and its programme, or null.</summary>
    public (ProgrammeAction Action, Programme Programme)? Find(string? actionId)
    {
        if (string.IsNullOrWhiteSpace(actionId))
        {
            return null;
        }

        foreach (var (action, programme) in All())
        {
            if (string.Equals(action.Id, actionId.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (action, programme);
            }
        }

        return null;
    }

    /// <summary>Every action with its programme, in programme order.</summary>
    public IReadOnlyList<(ProgrammeAction Action, Programme Programme)> All() =>
        store.Priorities()
            .SelectMany(priority => priority.ProgrammeCodes)
            .Select(store.Programme)
            .OfType<ProgrammeDetail>()
            .SelectMany(detail => detail.Programme.Actions.Select(action => (action, detail.Programme)))
            .ToList();
}
