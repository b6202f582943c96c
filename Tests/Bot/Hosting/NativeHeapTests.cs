using SafetyBot.Bot.Hosting;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>The C library's heap is limited to two arenas on Linux with glibc, and left alone elsewhere.</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void LimitArenas_OnLinuxWithGlibc_Limits_AndElsewhereDoesNothing()
    {
        var glibc = OperatingSystem.IsLinux() && File.Exists("/proc/self/maps") && File.ReadAllText("/proc/self/maps").Contains("libc.so.6", StringComparison.Ordinal);

        Assert.Equal(glibc && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null, NativeHeap.LimitArenas());
    }
}
