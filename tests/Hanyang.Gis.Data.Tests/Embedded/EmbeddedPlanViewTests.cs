using System.Text.Json;
using Hanyang.Gis.Data.Embedded;
using Hanyang.Gis.Data.Tests.Stores;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.Embedded;

/// <summary>
/// The embedded store's view, patched with each record rather than rebuilt: after any sequence of edits, by
/// this store or another over the same directory, across compactions, it is what a freshly opened store sees.
/// </summary>
public sealed class EmbeddedPlanViewTests : IDisposable
{
    private const int Steps = 400;
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly PlanDataset plan = ContractPlan.Create();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hanyang-view-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Edits_RandomAcrossTwoStoresAndCompactions_LeaveEachViewAsAFreshlyOpenedStoresView()
    {
        var random = new Random(20261207);
        // Compact once the journal passes 4 KB and the snapshot's size: several generations over the run.
        EmbeddedPlanStore[] stores = [new(plan, directory, 4096), new(plan, directory, 4096)];
        var facilities = plan.Facilities.ToDictionary(f => f.Id.Value, f => (f.Name, Version: 1L), StringComparer.Ordinal);
        var sites = plan.CandidateSites.ToDictionary(s => s.Id.Value, s => (s.Name, Version: 1L), StringComparer.Ordinal);
        var deleted = new List<string>();
        string[] prefixes = ["f-", "F-", "设施-", "0"]; // ordinal order is not culture order

        for (var step = 0; step < Steps; step++)
        {
            var writer = stores[random.Next(2)];
            var roll = random.Next(100);
            var id = prefixes[random.Next(prefixes.Length)] + step;
            var name = "名" + step;
            if (roll < 30 || facilities.Count == 0)
            {
                facilities[id] = (name, (await writer.AddFacilityAsync(Facility(id, name, step), None)).Version);
            }
            else if (roll < 40 && deleted.Count > 0)
            {
                var again = deleted[random.Next(deleted.Count)];
                deleted.Remove(again);
                facilities[again] = (name, (await writer.AddFacilityAsync(Facility(again, name, step), None)).Version);
            }
            else if (roll < 60)
            {
                var (target, (_, version)) = facilities.ElementAt(random.Next(facilities.Count));
                facilities[target] = (name, (await writer.UpdateFacilityAsync(Facility(target, name, step), version, None)).Version);
            }
            else if (roll < 75)
            {
                var (target, (_, version)) = facilities.ElementAt(random.Next(facilities.Count));
                await writer.DeleteFacilityAsync(new FacilityId(target), version, None);
                facilities.Remove(target);
                deleted.Add(target);
            }
            else if (roll < 90)
            {
                await EditSiteAsync(writer, sites, random, id, name, step);
            }
            else if (roll < 95)
            {
                var bulk = Enumerable.Range(0, random.Next(1, 40)).Select(i => Facility($"{id}-{i}", name, step + i)).ToArray();
                await writer.AddFacilitiesAsync(bulk, None);
                foreach (var added in bulk)
                {
                    facilities[added.Id.Value] = (name, 1);
                }
            }

            await ReadAsync(stores[random.Next(2)], random, facilities, id);
            if (step % 50 == 49)
            {
                await AssertSameViewsAsync(stores, facilities, sites, deleted);
            }
        }

        await AssertSameViewsAsync(stores, facilities, sites, deleted);
        Assert.InRange(Generation(), 2, Steps);
    }

    [Fact]
    public async Task FindFeature_ItemsAddedChangedAndDeletedByAnotherStore_AreSeenWithTheirVersions()
    {
        var writer = new EmbeddedPlanStore(plan, directory);
        var reader = new EmbeddedPlanStore(plan, directory);
        Assert.Null(await reader.FindFeatureAsync(PlanLayer.Facilities, "added", None));
        Assert.Equal(5, (await reader.GetPlanAsync(None)).Facilities.Count); // the reader's whole list, merged

        var added = await writer.AddFacilityAsync(Facility("added", "新增", 1), None);
        await writer.AddCandidateSiteAsync(Site("site-added", "新地块", 2), None);

        var found = await reader.FindFeatureAsync(PlanLayer.Facilities, "added", None);
        var site = await reader.FindFeatureAsync(PlanLayer.CandidateSites, "site-added", None);
        Assert.Equal(("新增", 1L), ((string)found!.Properties["name"]!, found.Version));
        Assert.Equal(("新地块", 1L), ((string)site!.Properties["name"]!, site.Version));
        await writer.UpdateFacilityAsync(added.Value with { Name = "改名" }, added.Version, None);
        var changed = await reader.FindFeatureAsync(PlanLayer.Facilities, "added", None);
        Assert.Equal(("改名", 2L), ((string)changed!.Properties["name"]!, changed.Version));
        await writer.DeleteFacilityAsync(added.Value.Id, 2, None);
        await writer.DeleteFacilityAsync(new FacilityId("fac-a"), 1, None);
        Assert.Null(await reader.FindFeatureAsync(PlanLayer.Facilities, "added", None));
        Assert.Null(await reader.FindFacilityAsync(new FacilityId("fac-a"), None));
        Assert.Equal(["fac-b", "fac-c", "fac-d", "fac-p"], (await reader.GetPlanAsync(None)).Facilities.Select(f => f.Id.Value));
    }

    [Fact]
    public async Task Reads_WhileAnotherThreadEdits_EachSeeAWholeViewOrderedById()
    {
        var store = new EmbeddedPlanStore(plan, directory);
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await store.AddFacilityAsync(Facility($"w-{i:D3}", "写", i), None);
            }
        });

        var last = 0L;
        while (!writing.IsCompleted)
        {
            var page = await store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 1000, None);
            var ids = page.Features.Select(f => f.Id).ToArray();
            Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
            Assert.Equal(page.NumberMatched, ids.Length);
            Assert.InRange(page.NumberMatched, last, 205);
            last = page.NumberMatched;
            Assert.Equal(ids.Length, (await store.GetPlanAsync(None)).Facilities.Count(f => ids.Contains(f.Id.Value)));
        }

        await writing;
        Assert.Equal(205, (await store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 1000, None)).NumberMatched);
    }

    private static async Task EditSiteAsync(EmbeddedPlanStore writer, Dictionary<string, (string Name, long Version)> sites, Random random, string id, string name, int step)
    {
        if (sites.Count == 0 || random.Next(3) == 0)
        {
            sites[id] = (name, (await writer.AddCandidateSiteAsync(Site(id, name, step), None)).Version);
            return;
        }

        var (target, (_, version)) = sites.ElementAt(random.Next(sites.Count));
        if (random.Next(2) == 0)
        {
            sites[target] = (name, (await writer.UpdateCandidateSiteAsync(Site(target, name, step), version, None)).Version);
        }
        else
        {
            await writer.DeleteCandidateSiteAsync(new CandidateSiteId(target), version, None);
            sites.Remove(target);
        }
    }

    /// <summary>One read of the kinds the server makes, so that views are patched both before and after their whole list was merged.</summary>
    private static async Task ReadAsync(EmbeddedPlanStore reader, Random random, Dictionary<string, (string Name, long Version)> facilities, string id)
    {
        switch (random.Next(3))
        {
            case 0:
                var target = random.Next(2) == 0 && facilities.Count > 0 ? facilities.ElementAt(random.Next(facilities.Count)).Key : id;
                var found = await reader.FindFeatureAsync(PlanLayer.Facilities, target, None);
                Assert.Equal(facilities.TryGetValue(target, out var expected) ? expected : default((string, long)?), found is null ? null : ((string)found.Properties["name"]!, found.Version));
                break;
            case 1:
                await reader.GetPlanAsync(None);
                break;
            default:
                await reader.ListFeaturesAsync(PlanLayer.Facilities, null, random.Next(10), 5, None);
                break;
        }
    }

    private async Task AssertSameViewsAsync(EmbeddedPlanStore[] stores, Dictionary<string, (string Name, long Version)> facilities, Dictionary<string, (string Name, long Version)> sites, List<string> deleted)
    {
        var expected = facilities.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"facility {f.Key} {f.Value.Name} v{f.Value.Version}")
            .Concat(sites.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"site {s.Key} {s.Value.Name} v{s.Value.Version}"))
            .ToArray();
        var fresh = new EmbeddedPlanStore(plan, directory);
        var freshView = await ViewAsync(fresh);
        Assert.Equal(expected, freshView.Select(line => line.Split(" | ")[0]));
        foreach (var store in stores)
        {
            Assert.Equal(freshView, await ViewAsync(store));
            foreach (var id in deleted)
            {
                Assert.Null(await store.FindFacilityAsync(new FacilityId(id), None));
            }
        }
    }

    /// <summary>Every facility and candidate site as the list, the whole plan and a lookup by id each show it: they must agree.</summary>
    private static async Task<string[]> ViewAsync(EmbeddedPlanStore store)
    {
        var plan = await store.GetPlanAsync(None);
        var facilities = (await store.ListFeaturesAsync(PlanLayer.Facilities, null, 0, 10_000, None)).Features;
        var sites = (await store.ListFeaturesAsync(PlanLayer.CandidateSites, null, 0, 10_000, None)).Features;
        Assert.Equal(plan.Facilities.Select(f => f.Id.Value), facilities.Select(f => f.Id));
        Assert.Equal(plan.CandidateSites.Select(s => s.Id.Value), sites.Select(s => s.Id));
        foreach (var feature in facilities.Concat(sites))
        {
            var found = await store.FindFeatureAsync(feature.Layer, feature.Id, None);
            Assert.Equal(feature.Version, found!.Version);
        }

        return
        [
            .. facilities.Select(f => $"facility {f.Id} {f.Properties["name"]} v{f.Version} | {f.Geometry}"),
            .. sites.Select(s => $"site {s.Id} {s.Properties["name"]} v{s.Version} | {s.Geometry}"),
        ];
    }

    private static Facility Facility(string id, string name, int i) =>
        ContractPlan.School(id, FacilityKind.Kindergarten, 520000 + (i % 200 * 10), 3380000 + (i / 200 * 10)) with { Name = name };

    private static CandidateSite Site(string id, string name, int i) =>
        new(new CandidateSiteId(id), name, [FacilityKind.PrimarySchool], ShortageArea.Sixin, 10000 + i, ContractPlan.At(521000 + i, 3381000), ContractPlan.Test);

    private long Generation() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "edits.json"))).RootElement.GetProperty("generation").GetInt64();
}
