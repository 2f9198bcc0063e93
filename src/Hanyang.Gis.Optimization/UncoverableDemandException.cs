namespace Hanyang.Gis.Optimization;

/// <summary>Set covering is impossible: some demand points no candidate (and no facility in place) can cover.</summary>
public sealed class UncoverableDemandException : Exception
{
    /// <summary>Creates the exception for the demand points that cannot be covered.</summary>
    public UncoverableDemandException(IReadOnlyList<int> demandPoints)
        : base($"{demandPoints?.Count} demand point(s) cannot be covered by any candidate: {string.Join(", ", (demandPoints ?? []).Take(20))}{((demandPoints?.Count ?? 0) > 20 ? ", …" : string.Empty)}")
    {
        DemandPoints = demandPoints ?? [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public UncoverableDemandException()
    {
        DemandPoints = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public UncoverableDemandException(string message)
        : base(message)
    {
        DemandPoints = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public UncoverableDemandException(string message, Exception innerException)
        : base(message, innerException)
    {
        DemandPoints = [];
    }

    /// <summary>The demand points (indices into the instance) that cannot be covered.</summary>
    public IReadOnlyList<int> DemandPoints { get; }
}
