using Hanyang.Gis.Domain.Plan;
using Hanyang.Gis.Domain.Facilities;

namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Users' edits of the editable layers — facilities and candidate sites — under optimistic concurrency
/// (role of <see cref="IPlanStore"/>): every edit names the version it was based on.
/// </summary>
public interface IFacilityEdits
{
    /// <summary>A facility with its current version, or null.</summary>
    Task<Versioned<Facility>?> FindFacilityAsync(FacilityId id, CancellationToken cancellationToken);

    /// <summary>Adds a facility (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<Facility>> AddFacilityAsync(Facility facility, CancellationToken cancellationToken);

    /// <summary>Replaces a facility if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<Facility>> UpdateFacilityAsync(Facility facility, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a facility if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteFacilityAsync(FacilityId id, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>A candidate site with its current version, or null.</summary>
    Task<Versioned<CandidateSite>?> FindCandidateSiteAsync(CandidateSiteId id, CancellationToken cancellationToken);

    /// <summary>Adds a candidate site (version 1). Throws <see cref="DuplicateIdException"/> when the id is taken (and for nothing else).</summary>
    Task<Versioned<CandidateSite>> AddCandidateSiteAsync(CandidateSite site, CancellationToken cancellationToken);

    /// <summary>Replaces a candidate site if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task<Versioned<CandidateSite>> UpdateCandidateSiteAsync(CandidateSite site, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a candidate site if its current version is <paramref name="expectedVersion"/>; otherwise throws <see cref="EditConflictException"/>.</summary>
    Task DeleteCandidateSiteAsync(CandidateSiteId id, long expectedVersion, CancellationToken cancellationToken);
}
