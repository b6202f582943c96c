using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Imports;

/// <summary>The command line's permission: whoever can run it on the server may import (and undo).</summary>
public sealed class ShellImportPermission : IImportPermission
{
    /// <summary>The one instance.</summary>
    public static ShellImportPermission Instance { get; } = new();

    private ShellImportPermission()
    {
    }

    /// <inheritdoc />
    public bool MayImport(Actor actor) => true;

    /// <inheritdoc />
    public bool MayUndo(Actor actor) => true;
}
