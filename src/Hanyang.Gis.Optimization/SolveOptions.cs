namespace Hanyang.Gis.Optimization;

/// <summary>Options of a solve.</summary>
/// <param name="TimeLimit">Wall-clock limit of the exact solver; when it is hit the best solution so far is returned with its bound.</param>
/// <param name="Workers">CP-SAT search workers. One (the default) makes the exact solver deterministic: the same inputs give the same answer.</param>
/// <param name="Progress">Receives progress while solving (may be null).</param>
/// <param name="Cancellation">Stops the solve (CP-SAT's search is stopped; the heuristic stops between phases) with <see cref="OperationCanceledException"/>.</param>
public sealed record SolveOptions(TimeSpan TimeLimit, int Workers = 1, IProgress<SolveProgress>? Progress = null, CancellationToken Cancellation = default)
{
    /// <summary>60 s, one worker, no progress.</summary>
    public static SolveOptions Default { get; } = new(TimeSpan.FromSeconds(60));
}
