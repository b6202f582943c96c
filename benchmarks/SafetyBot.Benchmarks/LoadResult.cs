namespace SafetyBot.Benchmarks;

/// <summary>Throughput (turns/s), latency percentiles (ms) and the bot's CPU time per turn (ms) of one scenario.</summary>
internal sealed record LoadResult(double Throughput, double P50, double P99, int Turns, double CpuPerTurn);
