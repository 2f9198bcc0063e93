namespace Hanyang.Gis.Application.Requests;

/// <summary>
/// How much one request may ask of an analysis: the travel-time budget, and siting's count, candidates, model
/// size, solver time and added points. The server binds them from its configuration (section <c>Limits</c>);
/// the CLI, on a planner's own machine, uses <see cref="Cli"/>.
/// </summary>
/// <param name="MaxMinutes">The largest travel-time budget in minutes.</param>
/// <param name="MaxSitingCount">The most new sites one siting request may choose.</param>
/// <param name="MaxSitingCandidates">The most candidate sites one siting run may weigh; null: unbounded.</param>
/// <param name="MaxSitingPairs">The most candidate–community pairs one siting model may hold; null: unbounded.</param>
/// <param name="MaxSolverSeconds">The longest a siting solver may run, in seconds.</param>
/// <param name="MaxSitingPoints">The most candidate points one request may add.</param>
public sealed record UseCaseLimits(
    double MaxMinutes,
    int MaxSitingCount,
    int? MaxSitingCandidates,
    long? MaxSitingPairs,
    int MaxSolverSeconds,
    int MaxSitingPoints)
{
    /// <summary>The smallest spacing of a lattice of candidate sites, in metres.</summary>
    public const double MinGridMeters = 50;

    /// <summary>The largest spacing of a lattice of candidate sites, in metres.</summary>
    public const double MaxGridMeters = 5000;

    /// <summary>The server's defaults (each overridable by configuration).</summary>
    public static UseCaseLimits ServerDefaults { get; } = new(60, 100, 3000, 150_000, 60, 200);

    /// <summary>The CLI's: 240 minutes, 500 sites, no bound on candidates or model size, a day of solving.</summary>
    public static UseCaseLimits Cli { get; } = new(240, 500, null, null, 86_400, 100_000);

    /// <summary>The siting bounds of the analysis library, or null when unbounded.</summary>
    public Analysis.Siting.SitingLimits? Siting =>
        MaxSitingCandidates is { } c && MaxSitingPairs is { } p ? new Analysis.Siting.SitingLimits(c, p) : null;
}
