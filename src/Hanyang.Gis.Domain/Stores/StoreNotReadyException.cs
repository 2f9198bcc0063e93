namespace Hanyang.Gis.Domain.Stores;

/// <summary>
/// The store was asked for the plan but cannot serve it for a reason an operator fixes by running
/// something (<see cref="NotReadyReason.NotMigrated"/>: <c>hanyang db migrate</c>,
/// <see cref="NotReadyReason.NotSeeded"/>: <c>hanyang db seed</c>); the message says which. Not a bug and
/// not a bad request: the server answers 503, the CLI one line.
/// </summary>
public sealed class StoreNotReadyException : Exception
{
    /// <summary>The store is not ready for <paramref name="reason"/>; <paramref name="message"/> says what to run.</summary>
    public StoreNotReadyException(NotReadyReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why the store cannot serve.</summary>
    public NotReadyReason Reason { get; }
}
