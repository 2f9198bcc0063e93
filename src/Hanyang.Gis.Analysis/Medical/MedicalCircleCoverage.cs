using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.ServiceCircles;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Domain.Places;

namespace Hanyang.Gis.Analysis.Medical;

/// <summary>One of the four medical emergency circles: its anchor hospitals, who it covers, and its area.</summary>
/// <param name="Circle">Which circle.</param>
/// <param name="Name">Its Chinese name in the plan (东部, 中部, 南部, 西部).</param>
/// <param name="Anchors">The hospitals the plan names for it (empty when the data has none).</param>
/// <param name="District">Coverage of the district by this circle alone.</param>
/// <param name="Covered">Codes of the communities it covers.</param>
/// <param name="Area">The dissolved service circle of its anchors; null when it has none on the network.</param>
public sealed record MedicalCircleCoverage(
    MedicalCircle Circle,
    string Name,
    IReadOnlyList<Facility> Anchors,
    AreaCoverage District,
    IReadOnlyCollection<CommunityCode> Covered,
    ServiceCircle? Area);
