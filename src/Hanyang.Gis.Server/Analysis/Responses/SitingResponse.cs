using System.Text.Json;
using System.Text.Json.Serialization;
using Hanyang.Gis.Analysis.Coverage;
using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Application.Siting;
using Hanyang.Gis.Domain;

namespace Hanyang.Gis.Server.Analysis.Responses;

/// <summary>GET /api/siting: the question, the solver's answer, coverage before and after, demand served, the plan's target and the sites as GeoJSON.</summary>
internal sealed record SitingResponse(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("objective")] string Objective,
    [property: JsonPropertyName("capacitated")] bool Capacitated,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("minutes")] double Minutes,
    [property: JsonPropertyName("candidates")] int Candidates,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("solver")] SolverResponse Solver,
    [property: JsonPropertyName("before")] CoverageSummary Before,
    [property: JsonPropertyName("after")] CoverageSummary After,
    [property: JsonPropertyName("gain_population")] long GainPopulation,
    [property: JsonPropertyName("served")] ServedResponse? Served,
    [property: JsonPropertyName("target")] SitedTargetResponse? Target,
    [property: JsonPropertyName("sites")] JsonElement Sites)
{
    public static SitingResponse From(SitingResult r)
    {
        var s = r.Selection;
        return new(
            Identifiers.Of(r.Request.Kind),
            Identifiers.Of(r.Request.Objective),
            r.Request.Capacitated,
            r.Request.Profile.Name,
            r.Request.Minutes,
            r.CandidateCount,
            r.DemandUnit,
            new SolverResponse(r.Request.Solver.ToString().ToLowerInvariant(), s.Status.ToString().ToLowerInvariant(), s.Objective, s.Bound, Math.Round(s.GapPercent, 4), Math.Round(s.Elapsed.TotalMilliseconds, 1)),
            CoverageSummary.From(r.Before),
            CoverageSummary.From(r.After),
            r.GainPopulation,
            r.ServedAfter is null ? null : new ServedResponse(r.ServedBefore, r.ServedAfter, r.TotalDemand),
            r.Target is { } t ? new SitedTargetResponse(t.Id, t.Description, t.TargetCount, r.Sites.Count) : null,
            GeoJsonParts.Collection(r.Sites.Select(site => (site.Candidate.Location, SiteFeatures.Properties(r, site)))));
    }
}

/// <summary>The solver's answer: which solver, its status, objective, bound, gap and time.</summary>
internal sealed record SolverResponse(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("objective")] double Objective,
    [property: JsonPropertyName("bound")] double Bound,
    [property: JsonPropertyName("gap_percent")] double GapPercent,
    [property: JsonPropertyName("milliseconds")] double Milliseconds);

/// <summary>Capacitated siting: demand served before and after, of the total.</summary>
internal sealed record ServedResponse(
    [property: JsonPropertyName("before")] long? Before,
    [property: JsonPropertyName("after")] long? After,
    [property: JsonPropertyName("total")] long? Total);

/// <summary>The plan's target of new facilities of the kind and how many the answer sites.</summary>
internal sealed record SitedTargetResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("target_count")] int? TargetCount,
    [property: JsonPropertyName("sited")] int Sited);
