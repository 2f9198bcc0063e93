using Hanyang.Gis.Analysis.Siting;
using Hanyang.Gis.Application.MedicalCircles;
using Hanyang.Gis.Application.Reach;
using Hanyang.Gis.Application.Requests;
using Hanyang.Gis.Application.Siting;
using Hanyang.Gis.Domain.Facilities;
using Hanyang.Gis.Optimization;

namespace Hanyang.Gis.Application.Tests;

/// <summary>Every request reads itself from raw values and names every problem, each by its field.</summary>
public class RequestValidationTests
{
    private static readonly UseCaseLimits Limits = UseCaseLimits.ServerDefaults;

    private static RequestValues Values(params (string Name, string? Value)[] values) => RequestValues.Of(values.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Budget_ThreeWrongFields_NamesAllThree()
    {
        var outcome = BudgetRequest.Parse(Values(("kind", "school"), ("mode", "fly"), ("minutes", "-1")), Limits);

        Assert.Null(outcome.Value);
        Assert.Equal(FailureKind.Invalid, outcome.Failure!.Kind);
        Assert.Equal(UseCaseFailure.InvalidAnalysis, outcome.Failure.Title);
        Assert.Collection(
            outcome.Failure.Problems,
            p => Assert.StartsWith("kind 'school' is not a facility kind; use one of kindergarten, primary-school", p, StringComparison.Ordinal),
            p => Assert.Equal("mode 'fly': use walk, walk-slow, drive or drive-peak", p),
            p => Assert.Equal("minutes '-1': out of range; give a travel-time budget in minutes, more than 0 and at most 60", p));
    }

    [Fact]
    public void Budget_NothingGiven_NamesKindAndMinutesAsMissing()
    {
        var problems = BudgetRequest.Parse(Values(), Limits).Failure!.Problems;

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("kind: missing; use one of ", problems[0], StringComparison.Ordinal);
        Assert.Equal("minutes: missing; give a travel-time budget in minutes, more than 0 and at most 60 (e.g. minutes=10)", problems[1]);
    }

    [Fact]
    public void Budget_RepeatedField_IsAProblem()
    {
        var values = new RequestValues(name => name == "minutes" ? ["10", "15"] : name == "kind" ? ["park"] : null);

        Assert.Equal(["minutes: given 2 times; give it once"], BudgetRequest.Parse(values, Limits).Failure!.Problems);
    }

    [Fact]
    public void Budget_Valid_ReadsKindModeAndMinutes()
    {
        var request = BudgetRequest.Parse(Values(("kind", "primary-school"), ("mode", "drive"), ("minutes", "12.5")), Limits).Value!;

        Assert.Equal((FacilityKind.PrimarySchool, "drive", 12.5), (request.Kind, request.Mode, request.Minutes));
        Assert.Equal(request.Profile.Name, Analysis.Routing.TravelProfiles.Parse("drive").Name);
    }

    [Fact]
    public void Budget_MinutesOverTheLimit_NamesTheLimitInForce()
    {
        var problems = BudgetRequest.Parse(Values(("kind", "park"), ("minutes", "200")), UseCaseLimits.Cli).Failure;
        var fine = BudgetRequest.Parse(Values(("kind", "park"), ("minutes", "200")), UseCaseLimits.Cli with { MaxMinutes = 240 });

        Assert.Null(problems);
        Assert.NotNull(fine.Value);
        Assert.Equal(["minutes '200': out of range; give a travel-time budget in minutes, more than 0 and at most 60"], BudgetRequest.Parse(Values(("kind", "park"), ("minutes", "200")), Limits).Failure!.Problems);
    }

    [Fact]
    public void Siting_EveryFieldWrong_NamesEveryField()
    {
        var outcome = SitingQuery.Parse(
            Values(("count", "0"), ("objective", "cheapest"), ("minutes", "x"), ("mode", "swim"), ("candidates", "grid:10"), ("solver", "magic"), ("timeLimit", "999"), ("capacitated", "maybe"), ("points", "114.2;abc")),
            Limits);

        var problems = outcome.Failure!.Problems;
        Assert.Equal(SitingQuery.InvalidTitle, outcome.Failure.Title);
        Assert.Equal(["kind", "count", "objective", "minutes", "mode", "candidates", "solver", "timeLimit", "capacitated", "points[1]", "points[2]"], problems.Select(p => p.Split([' ', ':'])[0]));
        Assert.Contains("candidates 'grid:10': use geodata or grid:<metres> with 50–5000 metres", problems);
        Assert.Contains("solver 'magic': use exact or heuristic", problems);
        Assert.Contains("count '0': out of range; give the number of new sites, 1 to 100", problems);
    }

    [Fact]
    public void Siting_Defaults_TenMinutesOrTheParkingWalk()
    {
        var school = SitingQuery.Parse(Values(("kind", "primary-school")), Limits).Value!;
        var parkingServer = SitingQuery.Parse(Values(("kind", "parking")), Limits).Value!;
        var parkingCli = SitingQuery.Parse(Values(("kind", "parking")), UseCaseLimits.Cli, parkingWalks: true).Value!;

        Assert.Equal((1, SitingObjective.MaxCoverage, 10.0, SolverKind.Exact, 30.0, null), (school.Count, school.Objective, school.Minutes, school.Solver, school.TimeLimit.TotalSeconds, school.GridMeters));
        Assert.Equal(10, parkingServer.Minutes);
        Assert.Equal(4, parkingCli.Minutes, 9);
    }

    [Theory]
    [InlineData("geodata", true, null)]
    [InlineData("grid:50", true, 50.0)]
    [InlineData("grid:5000", true, 5000.0)]
    [InlineData("grid:49.9", false, null)]
    [InlineData("grid:5001", false, null)]
    [InlineData("grid", false, null)]
    [InlineData("lattice:500", false, null)]
    public void Siting_CandidatesGrammar_GeodataOrAGridOf50To5000Metres(string text, bool valid, double? metres)
    {
        Assert.Equal(valid, SitingQuery.TryCandidates(text, out var spacing));
        Assert.Equal(metres, spacing);
    }

    [Fact]
    public void MedicalCircles_UnknownProfile_IsNamed()
    {
        Assert.Equal(["profile 'rush': use offpeak or peak"], MedicalCirclesRequest.Parse(Values(("profile", "rush")), Limits).Failure!.Problems);
        Assert.Equal(("offpeak", 10.0), MedicalCirclesRequest.Parse(Values(), Limits).Value is { } r ? (r.Profile, r.Minutes) : default);
    }

    [Fact]
    public void Reach_NoCommunity_NamesTheFieldAndWhatItTakes()
    {
        var problems = ReachUseCase.Parse(Values(("minutes", "10")), Limits).Failure!.Problems;

        Assert.Equal(["community: give a community code (12 digits) or name, e.g. 钟家村社区"], problems);
    }
}
