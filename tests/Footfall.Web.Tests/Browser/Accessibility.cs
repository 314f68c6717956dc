using System.Text.Json;
using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// axe-core (from the npm registry, installed by ./test.sh) run on a page: any serious or critical
/// WCAG 2.2 A/AA violation fails the test. Also checks that nothing scrolls sideways.
/// </summary>
public static class Accessibility
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not installed at {path}. Run ./test.sh (it runs npm ci there).");
    });

    /// <summary>axe-core's source, for <c>BrowserContext.AddInitScriptAsync</c>.</summary>
    public static string AxeScript => AxeSource.Value;

    /// <summary>Collects the Content-Security-Policy violations the page reports on its console.</summary>
    public static void WatchConsole(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var violations = CspViolations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AssertNoCspViolations(page);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
              });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join('; ')}`);
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join('\n', list)}");
    }

    /// <summary>Fails when the page broke its own Content-Security-Policy (an inline script or style attribute).</summary>
    public static void AssertNoCspViolations(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (CspViolations.TryGetValue(page, out var violations))
        {
            lock (violations)
            {
                Assert.True(violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join('\n', violations));
            }
        }
    }

    /// <summary>True when the page fits its viewport's width (no sideways scrolling).</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow}px at {page.ViewportSize?.Width}px wide.");
    }
}
