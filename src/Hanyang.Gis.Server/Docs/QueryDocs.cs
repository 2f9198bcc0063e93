using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hanyang.Gis.Server.Docs;

/// <summary>
/// Declares in the OpenAPI document the query parameters an endpoint reads itself with
/// <see cref="Http.QueryReader"/> (the framework binds none of them, so that a bad value is a named 400).
/// </summary>
internal static class QueryDocs
{
    /// <summary>A query parameter: its name, JSON type (string, number, integer, boolean), whether it is required, and what it means.</summary>
    public sealed record Parameter(string Name, string Type, bool Required, string Description);

    public static TBuilder WithQuery<TBuilder>(this TBuilder builder, params Parameter[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Required = p.Required,
                    Description = p.Description,
                    Schema = new OpenApiSchema
                    {
                        Type = p.Type switch
                        {
                            "number" => JsonSchemaType.Number,
                            "integer" => JsonSchemaType.Integer,
                            "boolean" => JsonSchemaType.Boolean,
                            _ => JsonSchemaType.String,
                        },
                    },
                });
            }

            return Task.CompletedTask;
        });

    /// <summary>kind, mode and minutes, as most analyses take them.</summary>
    public static readonly Parameter[] Budget =
    [
        new("kind", "string", true, "facility kind, e.g. primary-school (GET /api/facility-kinds lists them)"),
        new("mode", "string", false, "walk (default), walk-slow, drive or drive-peak"),
        new("minutes", "number", true, "travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60)"),
    ];
}
