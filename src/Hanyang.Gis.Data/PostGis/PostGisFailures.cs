using System.Net.Sockets;
using Hanyang.Gis.Domain.Stores;
using Npgsql;

namespace Hanyang.Gis.Data.PostGis;

/// <summary>
/// What an exception from Npgsql (bare, or wrapped by EF Core: its execution strategies' "transient failure"
/// <see cref="InvalidOperationException"/>, <c>RetryLimitExceededException</c>, <c>DbUpdateException</c>) says
/// about the database, in one line an operator can act on. The store's readiness check, the server's 503s
/// and the CLI's errors all classify through here, so they agree.
/// </summary>
public static class PostGisFailures
{
    /// <summary>
    /// <see cref="NotReadyReason.Unreachable"/> when the database does not answer (refused or broken
    /// connection, timeout, a server shutting down or starting: what Npgsql flags as transient),
    /// <see cref="NotReadyReason.LoginRefused"/> when it answers but refuses the login (28P01, 28000, 3D000),
    /// <see cref="NotReadyReason.NotMigrated"/> when a table the store needs is missing (42P01), otherwise null.
    /// A bare <see cref="TimeoutException"/> or <see cref="SocketException"/> not raised by Npgsql (a solver's time
    /// limit, say) is not the database's.
    /// </summary>
    public static NotReadyReason? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Chain(exception).OfType<PostgresException>().Any(IsLoginRefused))
        {
            return NotReadyReason.LoginRefused;
        }

        if (Chain(exception).OfType<PostgresException>().Any(e => e.SqlState == PostgresErrorCodes.UndefinedTable))
        {
            return NotReadyReason.NotMigrated;
        }

        return Chain(exception).Any(e => e is NpgsqlException { IsTransient: true }
            || e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
            ? NotReadyReason.Unreachable
            : null;
    }

    /// <summary>
    /// One line naming the server (host and port from <paramref name="connectionString"/>), what went wrong
    /// and what to check, e.g. "cannot reach PostGIS at 127.0.0.1:1 (Connection refused): check that PostgreSQL
    /// runs there (scripts/postgis.sh status) and that --connection names the right Host and Port".
    /// Null when <see cref="Classify"/> is.
    /// </summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="connectionString">The connection string in use; may be null or malformed (then the address is left out).</param>
    /// <param name="setting">Where the connection string came from, for "check … in it": "--connection", "ConnectionStrings:Plan".</param>
    public static string? Describe(Exception exception, string? connectionString, string setting)
    {
        var reason = Classify(exception);
        if (reason is null)
        {
            return null;
        }

        var (address, database, user) = Parts(connectionString);
        var postgres = Chain(exception).OfType<PostgresException>().FirstOrDefault();
        var cause = postgres is not null ? $"{postgres.SqlState}: {postgres.MessageText}" : Chain(exception).Last().Message.TrimEnd('.');
        return (reason, postgres?.SqlState) switch
        {
            (NotReadyReason.LoginRefused, PostgresErrorCodes.InvalidCatalogName) =>
                $"PostGIS{address} has no database {database} ({cause}): create it (createdb) or fix Database in {setting}",
            (NotReadyReason.LoginRefused, _) =>
                $"PostGIS{address} refused the login of user {user} ({cause}): check Username and Password in {setting}",
            (NotReadyReason.NotMigrated, _) =>
                $"the database {database} on PostGIS{address} lacks the plan's tables ({cause}): run `hanyang db migrate` and then `hanyang db seed` with the same connection string",
            _ => $"cannot reach PostGIS{address} ({cause}): check that PostgreSQL runs there (scripts/postgis.sh status) and that {setting} names the right Host and Port",
        };
    }

    private static bool IsLoginRefused(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InvalidCatalogName;

    private static (string Address, string Database, string User) Parts(string? connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return (builder.Host is { Length: > 0 } host ? $" at {host}:{builder.Port}" : string.Empty, $"'{builder.Database}'", $"'{builder.Username}'");
        }
        catch (ArgumentException)
        {
            return (string.Empty, "(the one named)", "(the one named)");
        }
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
