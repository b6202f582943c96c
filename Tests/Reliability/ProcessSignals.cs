using System.Runtime.InteropServices;

namespace SafetyBot.Tests.Reliability;

/// <summary>Stops and continues a process (SIGSTOP, SIGCONT), as the scheduler of an overloaded machine in effect does. Linux only.</summary>
internal static class ProcessSignals
{
    private const int SigCont = 18;
    private const int SigStop = 19;

    /// <summary>Stops the process until <see cref="Continue"/>; false when it is gone.</summary>
    public static bool Stop(int processId) => Kill(processId, SigStop) == 0;

    /// <summary>Lets a stopped process run again; false when it is gone.</summary>
    public static bool Continue(int processId) => Kill(processId, SigCont) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
