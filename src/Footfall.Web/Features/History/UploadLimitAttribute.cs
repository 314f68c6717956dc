using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Footfall.Web.Features.History;

/// <summary>
/// Applies the upload limit (<c>History:MaxUploadMegabytes</c>) to a page's POSTs before anything reads the
/// body (it runs ahead of the antiforgery check): an announced body over the limit is answered with a redirect
/// to <see cref="TooLargeUrl"/>, which explains the limit; otherwise the request body and multipart limits are
/// raised to it from the server's 30 MB / 128 MB defaults.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(string tooLargeUrl) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public string TooLargeUrl { get; } = tooLargeUrl;

    /// <summary>Before the antiforgery filter (order 1000) and the framework's form-limit filters.</summary>
    public int Order => -5000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = UploadImport.MaxUploadBytes(http.RequestServices.GetRequiredService<IConfiguration>());
        // Multipart framing adds a little to the files' own size.
        var bodyLimit = limit + (64 * 1024);
        if (http.Request.ContentLength > bodyLimit)
        {
            context.Result = new RedirectResult(TooLargeUrl);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = bodyLimit,
                ValueCountLimit = 1024,
            }));
        }
    }
}
