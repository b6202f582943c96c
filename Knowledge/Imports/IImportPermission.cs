using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Imports;

/// <summary>Who may load data and who may undo an import; asked inside the transaction that writes.</summary>
public interface IImportPermission
{
    /// <summary>True when <paramref name="actor"/> may apply an import now.</summary>
    bool MayImport(Actor actor);

    /// <summary>True when <paramref name="actor"/> may undo the last import now.</summary>
    bool MayUndo(Actor actor);
}
