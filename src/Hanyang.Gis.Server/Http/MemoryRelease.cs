using System.Runtime;
using System.Runtime.InteropServices;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// Gives the memory of a large analysis back to the operating system once it is answered, so that one
/// siting solve does not leave the server holding hundreds of megabytes until restart: an aggressive,
/// compacting garbage collection (with the large object heap) for the managed part, and glibc's
/// <c>malloc_trim(0)</c> for the native part (the solver's threads allocate in malloc arenas that glibc
/// keeps otherwise).
/// </summary>
internal static class MemoryRelease
{
    /// <summary>Collects and trims; cheap beside the work it follows (tens of milliseconds).</summary>
    public static void AfterLargeWork()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl, say): nothing to trim.
            }
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
