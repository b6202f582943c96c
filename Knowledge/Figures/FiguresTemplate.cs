namespace SafetyBot.Knowledge.Figures;

/// <summary>The shipped figures CSV template (Knowledge/Templates/figures-template.csv).</summary>
public static class FiguresTemplate
{
    private const string ResourceName = "SafetyBot.Knowledge.Templates.figures-template.csv";

    /// <summary>The template's text: the header line and commented examples.</summary>
    public static string Text()
    {
        using var stream = typeof(FiguresTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
