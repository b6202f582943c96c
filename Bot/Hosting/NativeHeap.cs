using System.Runtime.InteropServices;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// The C library's heap on Linux (glibc). By default glibc gives threads that allocate at once up to eight heaps
/// ("arenas") per core, each keeping what was freed in it; the runtime's native allocations (the JIT compiling on the
/// thread pool's threads and on its background thread, TLS, ICU) spread over them, and the process keeps more memory
/// than it uses. Two arenas are what <c>MALLOC_ARENA_MAX=2</c> would give: measured with the benchmark's settings
/// scenario (README, Performance), about 13 MB less working set after the mixed run, the same CPU per turn. Set at
/// start, before the thread pool grows; arenas made before that stay. Does nothing where the C library is not glibc,
/// or when <c>MALLOC_ARENA_MAX</c> is set (the operator's choice is glibc's already).
/// </summary>
internal static class NativeHeap
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> option of <c>mallopt</c>.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>The arenas a process may have after <see cref="LimitArenas"/>.</summary>
    internal const int Arenas = 2;

    /// <summary>Limits glibc's heap to <see cref="Arenas"/> arenas; true when it did.</summary>
    public static bool LimitArenas()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return false;
        }

        try
        {
            return MallOpt(ArenaMaxOption, Arenas) == 1;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no mallopt): nothing to limit.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int option, int value);
}
