namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>One police.uk street-level file of an upload: its name and a way to open its bytes (which may be opened more than once).</summary>
/// <param name="Name">The file name, for errors and history.</param>
/// <param name="Open">Opens the file's bytes from the start.</param>
public sealed record PoliceUkFile(string Name, Func<Stream> Open);
