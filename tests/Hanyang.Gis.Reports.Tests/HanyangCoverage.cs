using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Routing;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Data.Geodata;
using Hanyang.Gis.Domain;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Plan;
using NetTopologySuite.Geometries;

namespace Hanyang.Gis.Reports.Tests;

/// <summary>The bundled Hanyang plan and one coverage result on it (primary schools, walking 10 minutes), computed once.</summary>
public sealed class HanyangCoverage
{
    public HanyangCoverage()
    {
        Plan = GeodataLoader.Load(GeodataLoader.FindBundledDirectory()!);
        var network = PlanNetworkBuilder.Build(Plan.Roads);
        var profile = TravelProfiles.Walking();
        Coverage = new CoverageAnalyzer(Plan, network).Compute(new CoverageRequest(FacilityKind.PrimarySchool, profile, 10));
        var schools = Plan.Facilities.Where(f => f.Kind == FacilityKind.PrimarySchool && f.Status == BuildStatus.Existing).ToArray();
        ServiceArea = new ServiceCircleBuilder(new ProfiledNetwork(network, profile)).ForAll(schools, 10).Dissolved!.Area;
    }

    public PlanDataset Plan { get; }

    public CoverageResult Coverage { get; }

    public Geometry ServiceArea { get; }
}
