using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// One browser-like visitor over HTTP: keeps cookies, reads forms the way a browser would (hidden
/// antiforgery field included) and posts them.
/// </summary>
public sealed class WebSession(HttpClient client)
{
    public const string GoodPassword = "correct horse battery staple";

    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public static WebSession Create(FootfallWebFactory factory, bool followRedirects = false) =>
        new(factory.CreateClient(new() { AllowAutoRedirect = followRedirects, HandleCookies = true }));

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads <paramref name="path"/>, fills the first POST form's fields and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string path, IDictionary<string, string> fields, int formIndex = -1)
    {
        var page = await GetPageAsync(path);
        var forms = page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = formIndex >= 0 ? forms[formIndex] : forms.Last();
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
        return await Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the page at
    /// <paramref name="path"/>, as a form on that page aimed at another handler or record would.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string action, IDictionary<string, string> fields)
    {
        var page = await GetPageAsync(path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token.");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public async Task<HttpResponseMessage> RegisterAsync(string email, string password = GoodPassword) =>
        await SubmitFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.AcceptTerms"] = "true",
        });

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = GoodPassword) =>
        await SubmitFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Registers a fresh account, confirms it by the emailed link and signs in as it.</summary>
    public static async Task<WebSession> SignedUpAsync(FootfallWebFactory factory, string? email = null, string password = GoodPassword)
    {
        email ??= $"runner-{Guid.NewGuid():N}@example.com";
        var session = Create(factory);
        using (var registered = await session.RegisterAsync(email, password))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        await session.ConfirmEmailAsync(factory, email);
        using var signedIn = await session.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return session;
    }

    /// <summary>Opens the confirmation link from the outbox and presses "Confirm".</summary>
    public async Task ConfirmEmailAsync(FootfallWebFactory factory, string email)
    {
        var mail = SmtpWebFixture.SmtpOf.TryGetValue(factory, out var smtp)
            ? await smtp.WaitForAsync(email, m => (m.Subject ?? string.Empty).Contains("Confirm your email", StringComparison.OrdinalIgnoreCase))
            : await OutboxMail.WaitForAsync(factory, email, "Confirm your email");
        using var confirmed = await SubmitFormAsync(OutboxMail.Link(mail, "/Account/ConfirmEmail"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("is confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
