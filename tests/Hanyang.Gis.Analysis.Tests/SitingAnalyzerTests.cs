using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Optimization;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Analysis.Tests;

/// <summary>Siting on the bundled Hanyang dataset: the solver's numbers agree with the coverage analysis they promise.</summary>
public class SitingAnalyzerTests
{
    private static readonly Lazy<(PlanDataset Plan, PlanNetwork Network)> Hanyang = new(() =>
    {
        var plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!);
        return (plan, PlanNetworkBuilder.Build(plan.Roads));
    });

    private static SitingResult Site(SitingRequest request, IReadOnlyList<SitingCandidate>? candidates = null)
    {
        var (plan, network) = Hanyang.Value;
        return new SitingAnalyzer(plan, network).Run(request, candidates ?? SitingCandidates.FromPlan(plan, request.Kind));
    }

    private static SitingRequest Primary(int count, SolverKind solver = SolverKind.Exact, bool capacitated = false) =>
        new(FacilityKind.PrimarySchool, count, SitingObjective.MaxCoverage, TravelProfiles.Walking(), 10, capacitated, solver);

    [Fact]
    public void NinePrimarySchools_Exact_ObjectiveIsTheCoverageAfter()
    {
        var result = Site(Primary(9));

        Assert.Equal(SolveStatus.Optimal, result.Selection.Status);
        Assert.Equal(9, result.Sites.Count);
        Assert.Equal(result.After.District.CoveredPopulation, (long)result.Selection.Objective);
        Assert.True(result.After.District.CoveredPopulation > result.Before.District.CoveredPopulation);
        Assert.Equal(result.GainPopulation, result.Sites.Sum(s => s.GainPopulation));
        Assert.Equal(9, result.Target?.TargetCount);
        Assert.All(result.After.Streets.Zip(result.Before.Streets), p => Assert.True(p.First.CoveredPopulation >= p.Second.CoveredPopulation));
        Assert.All(result.Sites, s => Assert.Equal(Domain.Accuracy.Synthetic, s.Facility.Provenance.Accuracy));
    }

    [Fact]
    public void NinePrimarySchools_Heuristic_NeverBeatsExactAndBoundsIt()
    {
        var exact = Site(Primary(9));
        var heuristic = Site(Primary(9, SolverKind.Heuristic));

        Assert.InRange(heuristic.Selection.Objective, 0, exact.Selection.Objective);
        Assert.True(heuristic.Selection.Bound >= exact.Selection.Objective);
    }

    [Fact]
    public void Limits_MoreCandidatesThanAllowed_StopsBeforeAnySearch()
    {
        var (plan, _) = Hanyang.Value;
        var lattice = SitingCandidates.Lattice(plan, 1000);

        var error = Assert.Throws<SitingTooLargeException>(() => Site(Primary(2) with { Limits = new SitingLimits(10, long.MaxValue) }, lattice));

        Assert.StartsWith("candidates: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_ModelLargerThanAllowed_StopsBeforeTheSolver()
    {
        var (plan, _) = Hanyang.Value;
        var lattice = SitingCandidates.Lattice(plan, 1000);
        var drive = new SitingRequest(FacilityKind.Parking, 5, SitingObjective.MaxCoverage, TravelProfiles.Driving(), 30, Capacitated: true);

        var error = Assert.Throws<SitingTooLargeException>(() => Site(drive with { Limits = new SitingLimits(10_000, 1_000) }, lattice));
        var within = Site(drive with { Solver = SolverKind.Heuristic, Limits = new SitingLimits(10_000, 10_000_000) }, lattice);

        Assert.Contains("candidate–community pairs", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, within.Sites.Count);
    }

    [Fact]
    public void Capacitated_NoSchoolAssignedBeyondItsCapacity()
    {
        var result = Site(Primary(5, capacitated: true));

        Assert.Equal("places", result.DemandUnit);
        Assert.All(result.Sites, s => Assert.InRange(s.AssignedUnits!.Value, 0, s.Facility.Capacity!.Value));
        Assert.True(result.ServedAfter >= result.ServedBefore);
        Assert.True(result.ServedAfter <= result.TotalDemand);
        Assert.Equal(result.ServedAfter, (long)result.Selection.Objective);
    }

    [Fact]
    public void SetCovering_NoCandidateNearSomeCommunities_NamesThem()
    {
        var request = Primary(1) with { Objective = SitingObjective.MinFacilities };

        var e = Assert.Throws<UncoverableDemandException>(() => Site(request));

        Assert.Contains("社区 (4201", e.Message, StringComparison.Ordinal);
        Assert.Contains("add candidates", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lattice_KeepsOffWaterAndRoadsInsideTheDistrict()
    {
        var plan = Hanyang.Value.Plan;
        var lattice = SitingCandidates.Lattice(plan, 500);

        Assert.InRange(lattice.Count, 50, 2000);
        Assert.All(lattice, c =>
        {
            Assert.True(plan.District.Boundary.Contains(c.Location), c.Id);
            Assert.DoesNotContain(plan.Water.Where(w => w.Area is Polygon or MultiPolygon), w => w.Area.Contains(c.Location));
            Assert.DoesNotContain(plan.Roads, r => r.Geometry.IsWithinDistance(c.Location, SitingCandidates.RoadClearanceMeters));
        });
    }

    [Fact]
    public void IdenticalRuns_ChooseIdenticalSites()
    {
        var plan = Hanyang.Value.Plan;
        var grid = SitingCandidates.Lattice(plan, 600);
        var first = Site(Primary(9), grid);
        var second = Site(Primary(9), grid);

        Assert.Equal(first.Sites.Select(s => s.Candidate.Id), second.Sites.Select(s => s.Candidate.Id));
    }
}
