namespace Hanyang.Gis.Application.Requests;

/// <summary>A <see cref="UseCaseFailure"/> as an exception, for a front door that reports failures by exception (the CLI).</summary>
public sealed class UseCaseException : Exception
{
    /// <summary>Wraps <paramref name="failure"/>; the message is its detail.</summary>
    public UseCaseException(UseCaseFailure failure)
        : base(failure?.Detail) => Failure = failure ?? throw new ArgumentNullException(nameof(failure));

    /// <summary>Needed by the exception pattern; prefer the failure constructor.</summary>
    public UseCaseException()
        : this(UseCaseFailure.Invalid("the request is not valid", [])) { }

    /// <summary>Needed by the exception pattern; prefer the failure constructor.</summary>
    public UseCaseException(string message)
        : this(UseCaseFailure.Invalid("the request is not valid", [message])) { }

    /// <summary>Needed by the exception pattern; prefer the failure constructor.</summary>
    public UseCaseException(string message, Exception innerException)
        : base(message, innerException) => Failure = UseCaseFailure.Invalid("the request is not valid", [message]);

    /// <summary>The failure.</summary>
    public UseCaseFailure Failure { get; }
}
