using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// The OpenAPI document says how to authenticate (the sign-in cookie, as an apiKey scheme in a cookie)
/// and which problem-details errors each operation can answer.
/// </summary>
public static class ApiDescription
{
    public const string CookieScheme = "cookie";

    public static OpenApiOptions DescribeFootfallErrors(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "__Host-footfall",
                Description = "The sign-in cookie set by /Account/Login (named 'footfall' on plain-HTTP development hosts). " +
                    "Sessions end after 30 minutes idle or 12 hours.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            // Deny by default: only an endpoint marked AllowAnonymous is open without the cookie.
            var requiresSignIn = !metadata.OfType<IAllowAnonymous>().Any();
            var hasBody = context.Description.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Form")
                || context.Description.SupportedRequestFormats.Count > 0;
            var hasParameters = context.Description.ParameterDescriptions.Count > 0 || hasBody;
            operation.Responses ??= new OpenApiResponses();
            if (hasParameters)
            {
                Add(operation, 400, "Malformed JSON, or a query, route or body value that is not valid (the detail names it)");
            }

            if (requiresSignIn)
            {
                Add(operation, 401, "Not signed in, or the session has ended (signed out, password changed, 30 minutes idle, 12 hours old)");
                Add(operation, 403, "Signed in, but not allowed to do this");
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] });
            }

            if (context.Description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
            {
                Add(operation, 404, "No such record, or it belongs to someone else");
            }

            if (hasBody)
            {
                Add(operation, 409, "The change would break an \"only one\" rule");
                Add(operation, 413, $"The body is larger than {ApiErrors.MaximumBodyBytes / 1024} KiB");
                Add(operation, 415, "The body is not application/json");
            }

            if (metadata.OfType<EnableRateLimitingAttribute>().Any() || requiresSignIn is false)
            {
                Add(operation, 429, "Too many requests from this client address; see Retry-After");
            }

            Add(operation, 500, "An unexpected error; nothing was changed");
            return Task.CompletedTask;
        });
        return options;
    }

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = Problem },
            },
        };
    }

    private static readonly OpenApiSchema Problem = new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Per-field messages, for validation problems" },
        },
    };
}
