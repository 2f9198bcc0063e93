using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Hanyang.Gis.Data.Files;

/// <summary>
/// Writes a file so that a crash or kill mid-write leaves the previous version intact: the text goes to
/// a temporary file in the same directory (<c>.&lt;name&gt;.&lt;writer's pid&gt;.&lt;guid&gt;.tmp</c>), is flushed to disk,
/// and then replaces the target with an atomic rename. A writer killed before the rename leaves its
/// temporary file behind; <see cref="RemoveAbandonedTemporaryFiles"/> clears those.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Deletes the temporary files in <paramref name="directory"/> whose writer process is no longer running
    /// (the pid in the name names no process). A file of a live process — this one included — may be in the
    /// middle of a write and is kept. Returns how many were deleted.
    /// </summary>
    public static int RemoveAbandonedTemporaryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (WriterOf(Path.GetFileName(file)) is { } pid && pid != Environment.ProcessId && !IsRunning(pid))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Atomically replaces <paramref name="path"/> with <paramref name="text"/> (UTF-8, no BOM).</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }

    /// <summary>Atomically replaces <paramref name="path"/> with <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The writer's pid in a temporary file's name, or null when the name is not one of ours.</summary>
    private static int? WriterOf(string name)
    {
        var parts = name.Split('.');
        return parts.Length >= 5 && parts[^1] == "tmp" && parts[^2].Length == 32 && parts[^2].All(char.IsAsciiHexDigit)
            && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // no process has that id
        }
    }
}
