using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Roads;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Hanyang.Gis.Data.Tests.Geodata;

/// <summary>Checks on the shipped dataset itself: the issue's "done when" for geodata/hanyang.</summary>
public sealed class BundledGeodataTests
{

    private const double BoundaryToleranceMeters = 50;

    [Fact]
    public void Layers_EveryGeometry_IsValidInEpsg4547()
    {
        var plan = BundledGeodata.Plan;
        var geometries = new List<(string What, Geometry Geometry)> { ("district", plan.District.Boundary) };
        geometries.AddRange(plan.Streets.Select(s => ($"street {s.Name}", s.Area)));
        geometries.AddRange(plan.Communities.Select(c => ($"community {c.Name}", (Geometry)c.Location)));
        geometries.AddRange(plan.Water.Select(w => ($"water {w.Name}", w.Area)));
        geometries.AddRange(plan.Zones.Select(z => ($"zone {z.Id}", z.Area)));
        geometries.AddRange(plan.Belts.Select(b => ($"belt {b.Id}", b.Area)));
        geometries.AddRange(plan.Roads.Select(r => ($"road {r.Id} {r.Name}", (Geometry)r.Geometry)));
        geometries.AddRange(plan.Facilities.Select(f => ($"facility {f.Name}", (Geometry)f.Location)));
        geometries.AddRange(plan.CandidateSites.Select(s => ($"site {s.Name}", s.Geometry)));

        var invalid = geometries.Where(g => !g.Geometry.IsValid || g.Geometry.IsEmpty || g.Geometry.SRID != 4547).Select(g => g.What).ToList();

        Assert.Empty(invalid);
    }

    [Fact]
    public void Features_ExceptRiversBridgesAndTheirFarBankApproaches_LieInsideTheDistrict()
    {
        var plan = BundledGeodata.Plan;
        var district = plan.District.Boundary.Buffer(BoundaryToleranceMeters);
        var outside = new List<string>();
        void Check(string what, Geometry g)
        {
            if (!district.Covers(g))
            {
                outside.Add(what);
            }
        }

        plan.Streets.ToList().ForEach(s => Check($"street {s.Name}", s.Area));
        plan.Communities.ToList().ForEach(c => Check($"community {c.Name}", c.Location));
        plan.Water.Where(w => w.Kind == Domain.Places.WaterKind.Lake).ToList().ForEach(w => Check($"lake {w.Name}", w.Area));
        plan.Zones.ToList().ForEach(z => Check($"zone {z.Id}", z.Area));
        plan.Belts.ToList().ForEach(b => Check($"belt {b.Id}", b.Area));
        plan.Facilities.ToList().ForEach(f => Check($"facility {f.Name}", f.Location));
        plan.CandidateSites.ToList().ForEach(s => Check($"site {s.Name}", s.Geometry));

        var crossingEnds = plan.Roads.Where(r => r.Bridge || r.Tunnel)
            .SelectMany(r => new[] { r.Geometry.StartPoint.Coordinate, r.Geometry.EndPoint.Coordinate })
            .ToHashSet();
        foreach (var road in plan.Roads.Where(r => !r.Bridge && !r.Tunnel && !district.Covers(r.Geometry)))
        {
            var approachesACrossing = crossingEnds.Contains(road.Geometry.StartPoint.Coordinate) || crossingEnds.Contains(road.Geometry.EndPoint.Coordinate);
            if (!approachesACrossing || road.Geometry.Length > 2000)
            {
                outside.Add($"road {road.Id} {road.Name}");
            }
        }

        Assert.Empty(outside);
    }

    [Fact]
    public void Communities_EachLiesInsideItsStreet()
    {
        var streets = BundledGeodata.Plan.Streets.ToDictionary(s => s.Code, s => s.Area.Buffer(1.0));

        var misplaced = BundledGeodata.Plan.Communities.Where(c => !streets[c.Street].Covers(c.Location)).Select(c => $"{c.Name} ({c.Code})").ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Streets_TileTheDistrictWithoutGapsOrOverlaps()
    {
        var plan = BundledGeodata.Plan;
        var union = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(plan.Streets.Select(s => s.Area).ToList());
        var summed = plan.Streets.Sum(s => s.Area.Area);

        Assert.Equal(plan.District.Boundary.Area, union.Area, plan.District.Boundary.Area * 1e-4); // no gap larger than 0.01 %
        Assert.Equal(union.Area, summed, union.Area * 1e-4); // no overlap larger than 0.01 %
    }

    [Fact]
    public void Communities_AreThe118OfTheDistrictWithTheCensusPopulation()
    {
        var plan = BundledGeodata.Plan;

        Assert.Equal(11, plan.Streets.Count);
        Assert.Equal(118, plan.Communities.Count);
        Assert.Equal(837_263, plan.TotalPopulation);
        Assert.All(plan.Communities, c => Assert.True(c.Population > 0, c.Name));
        Assert.Equal(plan.Communities.Count, plan.Communities.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void Communities_SayTheirPopulationIsSynthetic()
    {
        Assert.All(BundledGeodata.Plan.Communities, c => Assert.Equal(Domain.Places.PopulationSource.SyntheticLabel, c.PopulationSource?.Source));
    }

    [Fact]
    public void Plan_NamedItems_AreAllPresent()
    {
        var plan = BundledGeodata.Plan;

        Assert.Equal(["hanjiang", "yangtze"], plan.Belts.Select(b => b.Id.Value).Order());
        Assert.Equal(["hsr", "qintai", "sixin", "zhongjiacun"], plan.Zones.Select(z => z.Id.Value).Order());

        string[] eastWest = ["知音大道", "琴台大道", "汉阳大道", "墨水湖北路", "汉新大道", "四新南路", "三环线"];
        string[] northSouth = ["滨江大道", "国博大道", "江城大道", "芳草路", "龙阳大道", "仙女山路", "三环线", "快活岭路", "四环线"];
        var skeleton = plan.Roads.Where(r => r.IsSkeleton).ToList();
        Assert.Equal(15, eastWest.Union(northSouth).Count());
        var missingEastWest = eastWest.Where(n => !skeleton.Any(r => r.Name == n && (r.Skeleton == Skeleton.EastWest || r.AlsoSkeleton == Skeleton.EastWest))).ToList();
        var missingNorthSouth = northSouth.Where(n => !skeleton.Any(r => r.Name == n && (r.Skeleton == Skeleton.NorthSouth || r.AlsoSkeleton == Skeleton.NorthSouth))).ToList();
        Assert.Empty(missingEastWest);
        Assert.Empty(missingNorthSouth);

        var anchors = plan.Facilities.Where(f => f.MedicalCircle is not null).ToList();
        Assert.Equal(Enum.GetValues<MedicalCircle>(), anchors.Select(f => f.MedicalCircle!.Value).Distinct().Order());
        Assert.Contains(anchors, f => f.Name == "武汉市第五医院" && f.MedicalCircle == MedicalCircle.East);
        Assert.Contains(anchors, f => f.Name == "汉阳医院" && f.MedicalCircle == MedicalCircle.Centre);
        Assert.Contains(anchors, f => f.Name.StartsWith("泰康同济", StringComparison.Ordinal) && f.MedicalCircle == MedicalCircle.South);

        string[] namedSchools = ["二桥中学", "三寄宿中学", "钟家村小学", "翠微中学", "晴川初中", "弘桥小学", "墨水湖小学", "西大街小学", "晨光幼儿园", "晨光二幼"];
        var missingSchools = namedSchools.Where(n => !plan.Facilities.Any(f => f.Name.Contains(n, StringComparison.Ordinal))).ToList();
        Assert.Empty(missingSchools);
        Assert.Contains(plan.Facilities, f => f.Name.Contains("第三中学", StringComparison.Ordinal) || f.Name.Contains("三中", StringComparison.Ordinal));
        Assert.Contains(plan.Facilities, f => f.Name == "五麟路停车场" && f.Kind == FacilityKind.Parking && f.Capacity > 0);
    }

    [Fact]
    public void Streets_EachHasACommunityHealthCenter()
    {
        var withCenter = BundledGeodata.Plan.Facilities.Where(f => f.Kind == FacilityKind.CommunityHealthCenter).Select(f => f.Street).ToHashSet();

        Assert.Empty(BundledGeodata.Plan.Streets.Where(s => !withCenter.Contains(s.Code)).Select(s => s.Name));
    }

    [Fact]
    public void WalkingNetwork_IsOneConnectedComponent()
    {
        var walkable = BundledGeodata.Plan.Roads.Where(r => r.Walkable).ToList();
        var nodes = new Dictionary<Coordinate, int>();
        int Node(Coordinate c) => nodes.TryGetValue(c, out var id) ? id : nodes[c] = nodes.Count;
        var edges = walkable.Select(r => (Node(r.Geometry.StartPoint.Coordinate), Node(r.Geometry.EndPoint.Coordinate))).ToList();
        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (a, b) in edges)
        {
            parent[Find(a)] = Find(b);
        }

        var components = Enumerable.Range(0, nodes.Count).GroupBy(Find).Select(g => g.Count()).OrderDescending().ToList();

        Assert.True(components.Count == 1, $"{components.Count} components; sizes (nodes) {string.Join(", ", components.Take(10))}");
    }

    [Fact]
    public void Roads_CrossWaterOnlyOnBridgesAndTunnels()
    {
        var water = BundledGeodata.Plan.Water.Select(w => (w.Name, Area: w.Area.Buffer(-5))).ToList();

        var wet = BundledGeodata.Plan.Roads
            .Where(r => !r.Bridge && !r.Tunnel)
            .SelectMany(r => water.Where(w => w.Area.Intersects(r.Geometry)).Select(w => $"{r.Id} {r.Name} in {w.Name}"))
            .ToList();

        Assert.Empty(wet);
    }

    [Fact]
    public void Roads_AtGradeCrossings_AreNoded()
    {
        var ground = BundledGeodata.Plan.Roads.Where(r => r.IsAtGrade).ToList();
        var index = new STRtree<Road>();
        ground.ForEach(r => index.Insert(r.Geometry.EnvelopeInternal, r));
        var unnoded = new List<string>();
        foreach (var a in ground)
        {
            foreach (var b in index.Query(a.Geometry.EnvelopeInternal).Where(b => string.CompareOrdinal(a.Id.Value, b.Id.Value) < 0))
            {
                var ends = new[] { a.Geometry.StartPoint, a.Geometry.EndPoint, b.Geometry.StartPoint, b.Geometry.EndPoint };
                var crossing = a.Geometry.Intersection(b.Geometry);
                if (crossing.Coordinates.Any(c => !ends.Any(e => e.Coordinate.Distance(c) < 0.01)))
                {
                    unnoded.Add($"{a.Id} {a.Name} × {b.Id} {b.Name}");
                }
            }
        }

        Assert.True(unnoded.Count == 0, $"{unnoded.Count} unnoded crossings, e.g. {string.Join("; ", unnoded.Take(10))}");
    }

    [Fact]
    public void Communities_EachHasAWalkableRoadWithin400Metres()
    {
        var index = new STRtree<LineString>();
        BundledGeodata.Plan.Roads.Where(r => r.Walkable).ToList().ForEach(r => index.Insert(r.Geometry.EnvelopeInternal, r.Geometry));

        var isolated = BundledGeodata.Plan.Communities
            .Where(c =>
            {
                var search = c.Location.EnvelopeInternal.Copy();
                search.ExpandBy(400);
                return !index.Query(search).Any(line => line.Distance(c.Location) <= 400);
            })
            .Select(c => c.Name)
            .ToList();

        Assert.Empty(isolated);
    }

    [Fact]
    public void Features_EveryOneRecordsItsSource()
    {
        var plan = BundledGeodata.Plan;
        var provenances = plan.Streets.Select(s => s.Provenance)
            .Concat(plan.Communities.Select(c => c.Provenance))
            .Concat(plan.Roads.Select(r => r.Provenance))
            .Concat(plan.Facilities.Select(f => f.Provenance))
            .Append(plan.District.Provenance);

        Assert.All(provenances, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.DoesNotContain(plan.Communities, c => c.Provenance.Accuracy == Domain.Accuracy.Official);
    }
}
