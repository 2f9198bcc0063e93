using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// A planning scenario: "what if we build these facilities (and close those)". Analyses run on the
/// existing plan with the scenario applied.
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">A planner's name for it, e.g. "四新新建2所小学".</param>
/// <param name="Description">Free text.</param>
/// <param name="AddedFacilities">Facilities the scenario builds.</param>
/// <param name="RemovedFacilities">Existing facilities the scenario closes.</param>
public sealed record Scenario(
    ScenarioId Id,
    string Name,
    string Description,
    IReadOnlyList<Facility> AddedFacilities,
    IReadOnlyList<FacilityId> RemovedFacilities);
