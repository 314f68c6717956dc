using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// Every error under <c>/api</c> is a problem details object (RFC 9457, <c>application/problem+json</c>):
/// malformed JSON and unparsable query or route values (400, naming the parameter), 401, 403, 404, 405,
/// a broken "only one" rule (409), a body over <see cref="MaximumBodyBytes"/> (413), a wrong content type
/// (415), 429 and 500. Pages keep the friendly error page.
/// </summary>
public static class ApiErrors
{
    /// <summary>The largest request body the JSON API reads: 1 MiB (uploads go through the pages).</summary>
    public const long MaximumBodyBytes = 1024 * 1024;

    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    public static IServiceCollection AddFootfallProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // Binding failures throw, so the handler below can say which parameter was wrong.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseFootfallErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
            api.UseStatusCodePages(new StatusCodePagesOptions
            {
                HandleAsync = context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, null),
            });
            api.Use(LimitBodyAsync);
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        return app;
    }

    /// <summary>Writes a problem details response with the standard title for <paramref name="status"/>.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string? detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = Title(status), Detail = detail },
        });
    }

    /// <summary>The status and a message naming what was wrong, for an exception an API handler let through.</summary>
    public static (int Status, string Detail) Describe(Exception? error) => error switch
    {
        BadHttpRequestException { InnerException: System.Text.Json.JsonException json } bad =>
            (bad.StatusCode, $"{bad.Message} {json.Message}"),
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } }
            or DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: "23505" } } =>
            (StatusCodes.Status409Conflict, "That conflicts with a record you already have (only one is allowed)."),
        DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The record was changed or deleted meanwhile; load it again."),
        _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side; nothing was changed. Please try again."),
    };

    private static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "Sign in first",
        403 => "Not allowed",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "The request body is too large",
        415 => "Unsupported media type",
        429 => "Too many requests",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
    };

    private static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, detail) = Describe(error);
        await WriteAsync(context, status, detail);
    }

    private static async Task LimitBodyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaximumBodyBytes)
        {
            await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, $"The API takes bodies up to {MaximumBodyBytes / 1024} KiB.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaximumBodyBytes;
        }

        await next(context);
    }
}
