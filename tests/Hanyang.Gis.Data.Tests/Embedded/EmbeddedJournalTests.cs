using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>
/// The embedded store's journal: an edit appends one small record whatever the number of edits kept; a torn
/// last record is ignored and cut off; stores over one directory see each other's edits, across compactions.
/// </summary>
public sealed class EmbeddedJournalTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PlanDataset plan = ContractPlan.Create();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-journal-" + Guid.NewGuid().ToString("N"));

    private string Snapshot => Path.Combine(directory, "edits.json");

    private string Journal => Path.Combine(directory, "edits.journal");

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AddFacility_AfterImporting50000_AppendsOneSmallRecordAndLeavesTheSnapshotAlone()
    {
        var store = new EmbeddedPlanStore(plan, directory);
        var rows = Enumerable.Range(0, 50_000).Select(i => School($"bulk-{i}", i)).ToArray();
        await store.AddFacilitiesAsync(rows, None);
        var snapshot = (Length: new FileInfo(Snapshot).Length, Written: File.GetLastWriteTimeUtc(Snapshot), Hash: SHA256.HashData(File.ReadAllBytes(Snapshot)));
        var journalBefore = new FileInfo(Journal).Length;

        await store.AddFacilityAsync(School("one-more", 1), None);

        Assert.Equal(1, Generation(Snapshot)); // the import itself was written as a new snapshot, not a journal record
        Assert.Equal(snapshot.Length, new FileInfo(Snapshot).Length);
        Assert.Equal(snapshot.Written, File.GetLastWriteTimeUtc(Snapshot));
        Assert.Equal(snapshot.Hash, SHA256.HashData(File.ReadAllBytes(Snapshot)));
        Assert.InRange(new FileInfo(Journal).Length - journalBefore, 100, 2048);
        Assert.Equal(2, File.ReadAllLines(Journal).Length); // the header and the one record
        Assert.Equal(50_006, (await new EmbeddedPlanStore(plan, directory).GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task Edit_WithTheSnapshotOfTheSameGeneration_ReadsOnlyItsHeadAgain()
    {
        await new EmbeddedPlanStore(plan, directory, compactJournalAfterBytes: 0).AddFacilityAsync(School("in-snapshot", 1), None);
        var store = new EmbeddedPlanStore(plan, directory);
        File.AppendAllText(Snapshot, "not JSON: a store that parsed the snapshot again would fail here");

        await store.AddFacilityAsync(School("in-journal", 2), None);

        Assert.Equal(7, (await store.GetPlanAsync(None)).Facilities.Count);
        Assert.Contains("\"in-snapshot\"", File.ReadAllText(Snapshot), StringComparison.Ordinal);
        Assert.Contains("\"in-journal\"", File.ReadAllText(Journal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123456789abcdef {\"facilities\":{\"torn\":{\"value\":{\"id\":\"torn\"")] // killed mid-append: no newline
    [InlineData("0123456789abcdef {\"facilities\":{},\"sites\":{},\"scenarios\":{}}\n")] // a whole line whose checksum does not match
    public async Task Reopen_AfterATornLastRecord_KeepsTheEarlierRecordsAndTheNextEditCutsItOff(string torn)
    {
        var first = new EmbeddedPlanStore(plan, directory);
        await first.AddFacilityAsync(School("kept-1", 1), None);
        var kept = await first.AddFacilityAsync(School("kept-2", 2), None);
        await first.UpdateFacilityAsync(kept.Value with { Name = "改名" }, kept.Version, None);
        var whole = File.ReadAllBytes(Journal);
        File.AppendAllText(Journal, torn);

        var reopened = new EmbeddedPlanStore(plan, directory);
        var observer = new EmbeddedPlanStore(plan, directory); // has read up to the torn record when the next edit drops it
        Assert.NotNull(await reopened.FindFacilityAsync(new FacilityId("kept-1"), None));
        Assert.Equal(("改名", 2L), await NameAndVersionAsync(reopened, "kept-2"));
        Assert.Null(await reopened.FindFacilityAsync(new FacilityId("torn"), None));
        await reopened.AddFacilityAsync(School("after", 3), None);

        var journal = File.ReadAllBytes(Journal);
        Assert.Equal(whole, journal[..whole.Length]); // the torn bytes were cut off before the new record
        Assert.Equal(5, File.ReadAllLines(Journal).Length);
        Assert.NotNull(await observer.FindFacilityAsync(new FacilityId("after"), None));
        Assert.Equal(8, (await observer.GetPlanAsync(None)).Facilities.Count); // the five bundled, kept-1, kept-2 and after
        var third = new EmbeddedPlanStore(plan, directory);
        Assert.Equal(8, (await third.GetPlanAsync(None)).Facilities.Count);
        Assert.Equal(("改名", 2L), await NameAndVersionAsync(third, "kept-2"));
    }

    [Fact]
    public async Task Journal_WithADamagedRecordBeforeOthers_IsRefusedWithWhereItIsDamaged()
    {
        var store = new EmbeddedPlanStore(plan, directory);
        await store.AddFacilityAsync(School("a", 1), None);
        await store.AddFacilityAsync(School("b", 2), None);
        var lines = File.ReadAllLines(Journal);
        lines[1] = "0000000000000000" + lines[1][16..];
        File.WriteAllText(Journal, string.Join('\n', lines) + "\n");

        var error = Assert.Throws<InvalidDataException>(() => new EmbeddedPlanStore(plan, directory));

        Assert.Contains($"is damaged at byte {Encoding.UTF8.GetByteCount(lines[0]) + 1}, before further records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoStores_OverOneDirectory_SeeEachOthersEditsAndConflicts()
    {
        var a = new EmbeddedPlanStore(plan, directory);
        var b = new EmbeddedPlanStore(plan, directory);

        var added = await a.AddFacilityAsync(School("shared", 1), None);
        var seen = await b.FindFacilityAsync(new FacilityId("shared"), None);
        await b.UpdateFacilityAsync(seen!.Value with { Name = "b 改的" }, seen.Version, None);
        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => a.UpdateFacilityAsync(added.Value with { Name = "a 改的" }, added.Version, None));
        await Assert.ThrowsAsync<DuplicateIdException>(() => a.AddFacilityAsync(School("shared", 2), None));
        await b.AddScenarioAsync(new Scenario(new ScenarioId("s"), "方案", "", [], []), None);
        await a.DeleteFacilityAsync(new FacilityId("fac-a"), 1, None);

        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal(("b 改的", 2L), await NameAndVersionAsync(a, "shared"));
        Assert.Equal(1, Assert.Single(await a.ListScenariosAsync(None)).Version);
        Assert.Null(await b.FindFacilityAsync(new FacilityId("fac-a"), None));
        await a.DeleteScenarioAsync(new ScenarioId("s"), 1, None);
        Assert.Empty(await b.ListScenariosAsync(None));
        Assert.Empty(await new EmbeddedPlanStore(plan, directory).ListScenariosAsync(None));
        Assert.False(File.Exists(Snapshot)); // all of it in the journal
    }

    [Fact]
    public async Task TwoStores_AcrossCompactions_SeeEachOthersEditsAndConflicts()
    {
        // Compact once the journal passes 2 KB (about four records) and the snapshot's size.
        var a = new EmbeddedPlanStore(plan, directory, 2048);
        var b = new EmbeddedPlanStore(plan, directory, 2048);
        var early = await a.AddFacilityAsync(School("early", 0), None);

        for (var i = 1; i <= 40; i++)
        {
            var (writer, reader) = i % 2 == 0 ? (a, b) : (b, a);
            await writer.AddFacilityAsync(School($"fac-{i}", i), None);
            Assert.NotNull(await reader.FindFacilityAsync(new FacilityId($"fac-{i}"), None));
        }

        await b.UpdateFacilityAsync(early.Value with { Name = "b 改的" }, early.Version, None);
        await Assert.ThrowsAsync<EditConflictException>(() => a.UpdateFacilityAsync(early.Value, early.Version, None));

        Assert.InRange(Generation(Snapshot), 2, 40);
        Assert.Equal(("b 改的", 2L), await NameAndVersionAsync(a, "early"));
        Assert.Equal(46, (await a.GetPlanAsync(None)).Facilities.Count);
        Assert.Equal(46, (await new EmbeddedPlanStore(plan, directory).GetPlanAsync(None)).Facilities.Count);
    }

    [Fact]
    public async Task Open_JournalOlderThanTheSnapshot_IgnoresItAndTheNextEditStartsANewOne()
    {
        // A compaction killed after writing the snapshot and before starting its journal leaves the old journal.
        var first = new EmbeddedPlanStore(plan, directory);
        var added = await first.AddFacilityAsync(School("x", 1), None);
        var oldJournal = File.ReadAllBytes(Journal);
        var compacting = new EmbeddedPlanStore(plan, directory, compactJournalAfterBytes: 0);
        await compacting.UpdateFacilityAsync(added.Value with { Name = "新名" }, added.Version, None);
        File.WriteAllBytes(Journal, oldJournal);

        var reopened = new EmbeddedPlanStore(plan, directory);
        Assert.Equal(("新名", 2L), await NameAndVersionAsync(reopened, "x"));
        await reopened.AddFacilityAsync(School("y", 2), None);

        Assert.Equal(1, Generation(Snapshot));
        Assert.StartsWith("{\"generation\":1}\n", File.ReadAllText(Journal), StringComparison.Ordinal);
        var last = new EmbeddedPlanStore(plan, directory);
        Assert.Equal(("新名", 2L), await NameAndVersionAsync(last, "x"));
        Assert.NotNull(await last.FindFacilityAsync(new FacilityId("y"), None));
    }

    [Fact]
    public async Task Open_DirectoryWithOnlyAnEditsFileFromBeforeTheJournal_ReadsItAndJournalsNewEdits()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Snapshot, """
            {
              "facilities": {
                "fac-b": { "value": null, "version": 2 },
                "old": { "value": { "id": "old", "kind": "kindergarten", "name": "老幼儿园", "capacity": 90, "capacity_unit": "seats", "status": "existing",
                  "named_in_plan": false, "medical_circle": null, "street_code": null, "wkt": "POINT (521000 3381000)", "accuracy": "approximate", "source": "test" }, "version": 3 }
              },
              "sites": {},
              "scenarios": []
            }
            """);

        var store = new EmbeddedPlanStore(plan, directory);
        var old = await store.FindFacilityAsync(new FacilityId("old"), None);
        await store.UpdateFacilityAsync(old!.Value with { Capacity = 120 }, old.Version, None);

        Assert.Null(await store.FindFacilityAsync(new FacilityId("fac-b"), None));
        Assert.Equal(3, old.Version);
        Assert.StartsWith("{\"generation\":0}\n", File.ReadAllText(Journal), StringComparison.Ordinal);
        var reopened = (await new EmbeddedPlanStore(plan, directory).FindFacilityAsync(new FacilityId("old"), None))!;
        Assert.Equal((120, 4L), (reopened.Value.Capacity, reopened.Version));
    }

    private static Facility School(string id, int i) => ContractPlan.School(id, FacilityKind.Kindergarten, 520000 + (i % 400 * 10), 3380000 + (i / 400 * 10));

    private static async Task<(string Name, long Version)> NameAndVersionAsync(EmbeddedPlanStore store, string id)
    {
        var found = (await store.FindFacilityAsync(new FacilityId(id), None))!;
        return (found.Value.Name, found.Version);
    }

    private static long Generation(string snapshot) =>
        JsonDocument.Parse(File.ReadAllBytes(snapshot)).RootElement.TryGetProperty("generation", out var generation) ? generation.GetInt64() : 0;
}
