namespace Hanyang.Gis.Application.Requests;

/// <summary>A use case's answer: a value, or the failure that stopped it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, UseCaseFailure? failure) => (Value, Failure) = (value, failure);

    /// <summary>The value; null on failure.</summary>
    public T? Value { get; }

    /// <summary>The failure; null on success.</summary>
    public UseCaseFailure? Failure { get; }

    /// <summary>The value, or <see cref="UseCaseException"/> carrying the failure (for front doors that report by exception).</summary>
    public T GetValue() => Value ?? throw new UseCaseException(Failure!);

    /// <summary>A value.</summary>
    public static implicit operator Outcome<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A failure.</summary>
    public static implicit operator Outcome<T>(UseCaseFailure failure) => new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
