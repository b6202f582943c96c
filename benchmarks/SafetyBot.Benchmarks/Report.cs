using System.Globalization;

namespace SafetyBot.Benchmarks;

/// <summary>The benchmark's Markdown table.</summary>
internal static class Report
{
    public static void Header()
    {
        Console.WriteLine("| scenario | turns/s | vs echo | vs echo reusing clients | p50 ms | p99 ms | turns | bot CPU ms/turn |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    }

    public static void Row(string name, LoadResult result, LoadResult echo, LoadResult reusingEcho) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {result.Throughput:0} | {result.Throughput / echo.Throughput:P0} | {result.Throughput / reusingEcho.Throughput:P0} | {result.P50:0.0} | {result.P99:0.0} | {result.Turns} | {result.CpuPerTurn:0.00} |"));
}
