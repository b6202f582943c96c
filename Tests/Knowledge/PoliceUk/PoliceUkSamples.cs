using System.Text;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Tests.Knowledge.PoliceUk;

/// <summary>The synthetic police.uk street-level files under Samples (April to June 2018, Cambridgeshire Constabulary's layout).</summary>
internal static class PoliceUkSamples
{
    internal const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    internal static readonly string[] Quarter = ["2018-04-cambridgeshire-street.csv", "2018-05-cambridgeshire-street.csv", "2018-06-cambridgeshire-street.csv"];

    internal static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "PoliceUk", "Samples", name);

    internal static ImportFile File(string name) => ImportFile.FromPath(PathOf(name));

    /// <summary>Several files as one upload (as a zip or several attachments would bring them).</summary>
    internal static ImportBatch Batch(params ImportFile[] files) =>
        new(files.Length == 1 ? files[0].Name : "police-uk.zip", ImportBatch.HashOf(Encoding.UTF8.GetBytes(string.Join('|', files.Select(f => f.Name)))), files);

    internal static ImportBatch Batch(params string[] names) => Batch([.. names.Select(File)]);

    internal static ImportFile Text(string name, params string[] lines) =>
        ImportFile.FromBytes(name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));

    internal static string Row(string month, string lsoa, string type, string crimeId = "") =>
        $"{crimeId},{month},Cambridgeshire Constabulary,Cambridgeshire Constabulary,0.12,52.2,On or near Mill Road,E01017959,{lsoa},{type},,";
}
