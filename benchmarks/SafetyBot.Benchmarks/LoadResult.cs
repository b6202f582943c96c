namespace SafetyBot.Benchmarks;

/// <summary>Throughput (turns/s) and latency percentiles (ms) of one scenario.</summary>
internal sealed record LoadResult(double Throughput, double P50, double P99, int Turns);
