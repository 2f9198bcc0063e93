namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// Why a plan store cannot serve the plan, each with its own remedy. Identifiers
/// (<see cref="Identifiers.Of{TEnum}"/>) are what /health reports as <c>reason</c>: unreachable,
/// login-refused, not-migrated, not-seeded.
/// </summary>
public enum NotReadyReason
{
    /// <summary>The database does not answer (not running, wrong host or port, shutting down): start it or fix the address.</summary>
    Unreachable,

    /// <summary>The database answers but refuses the login (wrong user or password, no such database): fix the connection string.</summary>
    LoginRefused,

    /// <summary>The schema lacks migrations (an empty database, or one behind the code): run <c>hanyang db migrate</c>.</summary>
    NotMigrated,

    /// <summary>The schema is there but holds no plan (no district): run <c>hanyang db seed</c>.</summary>
    NotSeeded,
}
