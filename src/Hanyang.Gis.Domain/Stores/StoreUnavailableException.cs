namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The store's backing service cannot be used now: the database does not answer
/// (<see cref="NotReadyReason.Unreachable"/>), refuses the login (<see cref="NotReadyReason.LoginRefused"/>)
/// or lacks its tables (<see cref="NotReadyReason.NotMigrated"/>). The store translates its driver's
/// failures into this, so that callers (the server's 503 with Retry-After, the CLI's one line) know no
/// database type. The message names the server and what to check; the driver's exception is the inner one.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>The store is unavailable for <paramref name="reason"/>; <paramref name="message"/> says what to check.</summary>
    public StoreUnavailableException(NotReadyReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the store cannot be used.</summary>
    public NotReadyReason Reason { get; }
}
