namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Knows which actions exist, so that nothing is logged against an action that does not.</summary>
public interface IActionCatalog
{
    /// <summary>True when <paramref name="actionId"/> names an action of a programme.</summary>
    bool ActionExists(string actionId);
}
