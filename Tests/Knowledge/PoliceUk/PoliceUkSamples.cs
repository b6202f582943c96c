using System.Text;
using SafetyBot.Knowledge.PoliceUk;

namespace SafetyBot.Tests.Knowledge.PoliceUk;

/// <summary>The synthetic police.uk street-level files under Samples (April to June 2018, Cambridgeshire Constabulary's layout).</summary>
internal static class PoliceUkSamples
{
    internal const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    internal static readonly string[] Quarter = ["2018-04-cambridgeshire-street.csv", "2018-05-cambridgeshire-street.csv", "2018-06-cambridgeshire-street.csv"];

    internal static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "PoliceUk", "Samples", name);

    internal static PoliceUkFile File(string name) => new(name, () => System.IO.File.OpenRead(PathOf(name)));

    internal static IReadOnlyList<PoliceUkFile> Files(params string[] names) => [.. names.Select(File)];

    internal static PoliceUkFile Text(string name, params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        return new PoliceUkFile(name, () => new MemoryStream(bytes));
    }

    internal static string Row(string month, string lsoa, string type, string crimeId = "") =>
        $"{crimeId},{month},Cambridgeshire Constabulary,Cambridgeshire Constabulary,0.12,52.2,On or near Mill Road,E01017959,{lsoa},{type},,";
}
