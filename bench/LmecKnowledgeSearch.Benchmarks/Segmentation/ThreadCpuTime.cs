using System.Diagnostics;

namespace LmecKnowledgeSearch.Benchmarks.Segmentation;

/// <summary>CPU time consumed by the current thread (Linux: /proc/thread-self/stat), falling back to the process's.</summary>
internal static class ThreadCpuTime
{
    private const string StatPath = "/proc/thread-self/stat";

    public static TimeSpan Now()
    {
        if (File.Exists(StatPath))
        {
            // Fields 14 and 15 (utime, stime) in clock ticks; the command name (field 2) may hold spaces, so split after ')'.
            var stat = File.ReadAllText(StatPath);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }

        return Process.GetCurrentProcess().TotalProcessorTime;
    }
}
