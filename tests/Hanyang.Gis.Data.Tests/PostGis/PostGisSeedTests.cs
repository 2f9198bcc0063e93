using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Data.PostGis;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Stores;

namespace Hanyang.Gis.Data.Tests.PostGis;

/// <summary>Seeding: idempotent, refreshes what changed, never overwrites users' work; GetPlan gives back what was seeded.</summary>
public sealed class PostGisSeedTests
{
    private const string Counts = """
        SELECT string_agg(n::text, ',') FROM (
          SELECT (SELECT count(*) FROM district) AS n UNION ALL SELECT count(*) FROM streets UNION ALL SELECT count(*) FROM communities
          UNION ALL SELECT count(*) FROM water UNION ALL SELECT count(*) FROM zones UNION ALL SELECT count(*) FROM belts
          UNION ALL SELECT count(*) FROM roads UNION ALL SELECT count(*) FROM facilities UNION ALL SELECT count(*) FROM candidate_sites
          UNION ALL SELECT count(*) FROM plan_targets) c
        """;

    private const string Versions = "SELECT coalesce(string_agg(id || '@' || version, ',' ORDER BY id COLLATE \"C\"), '') FROM (SELECT id, version FROM facilities UNION ALL SELECT id, version FROM candidate_sites) v";

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task Seed_Twice_ChangesNoRowCountAndNoVersion()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var first = await PlanDatabase.SeedAsync(database.ConnectionString, SmallPlan.Create());
        var countsAfterFirst = await database.ScalarAsync<string>(Counts);
        var versionsAfterFirst = await database.ScalarAsync<string>(Versions);
        var second = await PlanDatabase.SeedAsync(database.ConnectionString, SmallPlan.Create());

        Assert.Equal(new SeedResult(19, 0, 0, 0, 0), first);
        Assert.True(second.ChangedNothing, second.ToString());
        Assert.Equal(19, second.Unchanged);
        Assert.Equal("1,2,3,1,1,1,2,5,1,2", countsAfterFirst);
        Assert.Equal(countsAfterFirst, await database.ScalarAsync<string>(Counts));
        Assert.Equal("fac-1@1,fac-2@1,fac-3@1,fac-4@1,fac-h@1,site-a@1", versionsAfterFirst);
        Assert.Equal(versionsAfterFirst, await database.ScalarAsync<string>(Versions));
    }

    [Fact]
    public async Task Seed_ChangedDataset_RefreshesOnlyWhatChangedAndDeletesDroppedReferenceRows()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(SmallPlan.Create());
        var plan = SmallPlan.Create();
        var changed = plan with
        {
            Roads = [plan.Roads[0]],
            Facilities = [.. plan.Facilities.Select(f => f.Id.Value == "fac-2" ? f with { Location = SmallPlan.At(530810, 3370500) } : f)],
        };

        var result = await PlanDatabase.SeedAsync(database.ConnectionString, changed);

        Assert.Equal(new SeedResult(0, 1, 17, 1, 0), result);
        Assert.Equal("fac-1@1,fac-2@2,fac-3@1,fac-4@1,fac-h@1,site-a@1", await database.ScalarAsync<string>(Versions));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM roads"));
        Assert.Equal(530810, await database.ScalarAsync<double>("SELECT ST_X(geom) FROM facilities WHERE id = 'fac-2'"));
    }

    [Fact]
    public async Task Seed_AfterUserEdits_KeepsAddedAndEditedFacilities()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(SmallPlan.Create());
        var store = new PostGisPlanStore(database.ConnectionString);
        await store.AddFacilityAsync(SmallPlan.School("fac-user", FacilityKind.Kindergarten, 531200, 3370200, SmallPlan.East), None);
        var edited = (await store.FindFacilityAsync(new FacilityId("fac-1"), None))!;
        await store.UpdateFacilityAsync(edited.Value with { Name = "规划师改名" }, edited.Version, None);

        var result = await PlanDatabase.SeedAsync(database.ConnectionString, SmallPlan.Create());

        Assert.Equal(1, result.KeptEdits);
        Assert.True(result.ChangedNothing, result.ToString());
        Assert.NotNull(await store.FindFacilityAsync(new FacilityId("fac-user"), None));
        var kept = (await store.FindFacilityAsync(new FacilityId("fac-1"), None))!;
        Assert.Equal(("规划师改名", 2L), (kept.Value.Name, kept.Version));
    }

    [Fact]
    public async Task GetPlan_AfterSeed_GivesBackEveryFieldOfTheDataset()
    {
        var plan = SmallPlan.Create();
        await using var database = await TestDatabase.CreateMigratedAsync(plan);

        var stored = await new PostGisPlanStore(database.ConnectionString).GetPlanAsync(None);

        foreach (var layer in Enum.GetValues<PlanLayer>())
        {
            AssertSameFeatures(PlanFeatures.Of(plan, layer), PlanFeatures.Of(stored, layer));
        }

        Assert.Equal(plan.Targets, stored.Targets);
        Assert.True(plan.Communities[0].Area!.EqualsExact(stored.Communities[0].Area));
        Assert.Null(stored.Communities[1].Area);
        Assert.Equal("MultiPolygon", stored.Streets.Single(s => s.Code.Value == SmallPlan.West).Area.GeometryType);
        Assert.All(stored.Facilities, f => Assert.Equal(4547, f.Location.SRID));
    }

    [Fact]
    public async Task Seed_BundledGeodataTwice_ChangesNothing()
    {
        var directory = GeodataLoader.FindBundledDirectory()
            ?? throw new InvalidOperationException("geodata/hanyang was not found above the test output directory");
        var plan = GeodataLoader.Load(directory);
        await using var database = await TestDatabase.CreateMigratedAsync();

        var first = await PlanDatabase.SeedAsync(database.ConnectionString, plan);
        var second = await PlanDatabase.SeedAsync(database.ConnectionString, plan);

        var expectedRows = 1 + plan.Streets.Count + plan.Communities.Count + plan.Water.Count + plan.Zones.Count + plan.Belts.Count
            + plan.Roads.Count + plan.Facilities.Count + plan.CandidateSites.Count + plan.Targets.Count;
        Assert.Equal(expectedRows, first.Inserted);
        Assert.True(second.ChangedNothing, second.ToString());
        Assert.Equal(expectedRows, second.Unchanged);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM facilities WHERE version <> 1"));
        Assert.Equal((long)plan.Roads.Count, await database.ScalarAsync<long>("SELECT count(*) FROM roads"));
    }

    private static void AssertSameFeatures(IEnumerable<PlanFeature> expected, IEnumerable<PlanFeature> actual)
    {
        var e = expected.ToList();
        var a = actual.ToList();
        Assert.Equal(e.Select(f => f.Id), a.Select(f => f.Id));
        foreach (var (x, y) in e.Zip(a))
        {
            Assert.True(x.Geometry.EqualsExact(y.Geometry), $"{x.Layer} {x.Id}: {x.Geometry} became {y.Geometry}");
            Assert.Equal(x.Properties.Keys.Order(StringComparer.Ordinal), y.Properties.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, value) in x.Properties)
            {
                Assert.True(Same(value, y.Properties[key]), $"{x.Layer} {x.Id}.{key}: {value} became {y.Properties[key]}");
            }
        }
    }

    private static bool Same(object? x, object? y) => (x, y) switch
    {
        (IEnumerable<string> p, IEnumerable<string> q) => p.SequenceEqual(q),
        _ => Equals(x, y),
    };
}
