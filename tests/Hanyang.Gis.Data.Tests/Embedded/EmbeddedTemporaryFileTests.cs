using System.Diagnostics;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Tests.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>Opening the embedded store clears the temporary files of writers that were killed, and only those.</summary>
public sealed class EmbeddedTemporaryFileTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-tmp-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Open_WithTemporaryFilesOfGoneAndLiveWriters_RemovesOnlyThoseOfGoneWriters()
    {
        int gone;
        using (var finished = Process.Start("true"))
        {
            finished.WaitForExit();
            gone = finished.Id;
        }

        using var live = Process.Start("sleep", "60");
        try
        {
            var goneSnapshot = Temporary(directory, "edits.json", gone);
            var goneJournal = Temporary(directory, "edits.journal", gone);
            var goneLayer = Temporary(Path.Combine(directory, "layers"), "roads.json", gone);
            var goneCircle = Temporary(Path.Combine(directory, "circles"), "park_walk_10.json", gone);
            var liveWriter = Temporary(directory, "edits.json", live.Id);
            var thisProcess = Temporary(directory, "edits.json", Environment.ProcessId);
            var notOurs = Path.Combine(directory, ".notes.tmp");
            File.WriteAllText(notOurs, "kept");

            _ = new EmbeddedPlanStore(ContractPlan.Create(), directory);

            Assert.All(new[] { goneSnapshot, goneJournal, goneLayer, goneCircle }, f => Assert.False(File.Exists(f), f));
            Assert.All(new[] { liveWriter, thisProcess, notOurs }, f => Assert.True(File.Exists(f), f));
        }
        finally
        {
            live.Kill();
            live.WaitForExit();
        }
    }

    /// <summary>A temporary file named the way AtomicFile names them, as a writer killed mid-write leaves it.</summary>
    private static string Temporary(string directory, string target, int pid)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $".{target}.{pid}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "{\"half\":");
        return path;
    }
}
