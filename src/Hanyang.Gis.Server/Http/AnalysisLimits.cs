using System.Globalization;
using Hanyang.Gis.Application.Requests;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// What one anonymous request may ask of the server (configuration section <c>Limits</c>, e.g. environment
/// <c>Limits__MaxMinutes=30</c>). Every analysis is bounded by these, so that no single request can take the
/// machine: travel-time budgets, siting's count, candidates, model size and solver time, and how many
/// analyses run at once (the rest wait in a short queue, then get 429 with Retry-After). The limits a request
/// is read against are the application's (<see cref="UseCases"/>); this type only binds them and the server's own.
/// </summary>
internal sealed record AnalysisLimits
{
    /// <summary>The largest travel-time budget, in minutes, of any analysis (the plan's life circles are 5–15).</summary>
    public double MaxMinutes { get; init; } = UseCaseLimits.ServerDefaults.MaxMinutes;

    /// <summary>The most new sites one siting request may choose (the plan's largest target is 30 kindergartens).</summary>
    public int MaxSitingCount { get; init; } = UseCaseLimits.ServerDefaults.MaxSitingCount;

    /// <summary>The most candidate sites one siting request may weigh (a 250 m lattice over Hanyang is ≈1,300).</summary>
    public int MaxSitingCandidates { get; init; } = UseCaseLimits.ServerDefaults.MaxSitingCandidates!.Value;

    /// <summary>The most candidate–community pairs within the budget that one siting model may hold: its size in memory (CP-SAT takes ≈10 KB a pair, so ≈1.5 GB at the limit).</summary>
    public int MaxSitingPairs { get; init; } = (int)UseCaseLimits.ServerDefaults.MaxSitingPairs!.Value;

    /// <summary>The longest a siting solver may run, in seconds.</summary>
    public int MaxSolverSeconds { get; init; } = UseCaseLimits.ServerDefaults.MaxSolverSeconds;

    /// <summary>The most candidate points a planner may add to one siting request.</summary>
    public int MaxSitingPoints { get; init; } = UseCaseLimits.ServerDefaults.MaxSitingPoints;

    /// <summary>How many analyses (coverage, service circles, reach, medical circles, scenario coverage) run at once.</summary>
    public int MaxConcurrentAnalyses { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many more analyses wait for a turn before the server answers 429.</summary>
    public int AnalysisQueue { get; init; } = 16;

    /// <summary>How many siting solves run at once; one more waits, the rest get 429.</summary>
    public int MaxConcurrentSiting { get; init; } = 1;

    /// <summary>The seconds a client told 429 is asked to wait (Retry-After).</summary>
    public int RetryAfterSeconds { get; init; } = 10;

    /// <summary>The limits the application reads requests against.</summary>
    public UseCaseLimits UseCases => new(MaxMinutes, MaxSitingCount, MaxSitingCandidates, MaxSitingPairs, MaxSolverSeconds, MaxSitingPoints);

    /// <summary>The limits of <paramref name="configuration"/>'s section Limits, checked: a limit that is not positive stops the server at start.</summary>
    public static AnalysisLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection("Limits").Get<AnalysisLimits>() ?? new AnalysisLimits();
        var values = new (string Name, double Value)[]
        {
            (nameof(MaxMinutes), limits.MaxMinutes), (nameof(MaxSitingCount), limits.MaxSitingCount), (nameof(MaxSitingCandidates), limits.MaxSitingCandidates),
            (nameof(MaxSitingPairs), limits.MaxSitingPairs), (nameof(MaxSolverSeconds), limits.MaxSolverSeconds), (nameof(MaxSitingPoints), limits.MaxSitingPoints),
            (nameof(MaxConcurrentAnalyses), limits.MaxConcurrentAnalyses), (nameof(MaxConcurrentSiting), limits.MaxConcurrentSiting), (nameof(RetryAfterSeconds), limits.RetryAfterSeconds),
        };
        if (values.FirstOrDefault(v => !(v.Value > 0)) is { Name: not null } bad)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"configuration Limits:{bad.Name} is {bad.Value}; it must be more than 0"));
        }

        return limits.AnalysisQueue < 0
            ? throw new InvalidOperationException("configuration Limits:AnalysisQueue must be 0 or more")
            : limits;
    }
}
