using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Hanyang.Gis.Server.Http;

/// <summary>
/// Concurrency limits for the work that costs CPU and memory (<see cref="AnalysisLimits"/>): the policy
/// <see cref="Analysis"/> for analyses and service circles, <see cref="Siting"/> for siting solves. A request
/// beyond the running and queued ones gets 429 problem details with Retry-After, so that cheap requests
/// (/health, the map's layers, tiles) keep being answered while analyses run.
/// </summary>
internal static class ExpensiveWork
{
    /// <summary>The policy of analyses: coverage, isochrones, reach, facility circles, medical circles, scenario coverage.</summary>
    public const string Analysis = "analysis";

    /// <summary>The policy of siting solves.</summary>
    public const string Siting = "siting";

    public static IServiceCollection AddExpensiveWorkLimits(this IServiceCollection services, AnalysisLimits limits) =>
        services.AddRateLimiter(options =>
        {
            // One partition for every analysis endpoint; OGC items share the endpoint but only a computed
            // collection (IOgcCollection.IsComputed: service circles) is an analysis: the others are plain reads and pass freely.
            var analyses = new ConcurrencyLimiterOptions { PermitLimit = limits.MaxConcurrentAnalyses, QueueLimit = limits.AnalysisQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst };
            options.AddPolicy(Analysis, http => http.Request.Path.StartsWithSegments("/ogc/collections", StringComparison.Ordinal)
                    && http.RequestServices.GetRequiredService<Ogc.OgcCollections>().Find(http.Request.RouteValues["id"] as string ?? string.Empty) is not { IsComputed: true }
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetConcurrencyLimiter(Analysis, _ => analyses));
            options.AddConcurrencyLimiter(Siting, o =>
            {
                o.PermitLimit = limits.MaxConcurrentSiting;
                o.QueueLimit = 1;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = limits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                var siting = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Siting;
                var detail = siting
                    ? $"siting: {limits.MaxConcurrentSiting} siting solve(s) run and one waits; try again in {limits.RetryAfterSeconds} s (Limits:MaxConcurrentSiting)"
                    : $"analysis: {limits.MaxConcurrentAnalyses} analyses run and {limits.AnalysisQueue} wait; try again in {limits.RetryAfterSeconds} s (Limits:MaxConcurrentAnalyses, Limits:AnalysisQueue)";
                await Results.Problem(title: "the server is busy", detail: detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
            };
        });
}
