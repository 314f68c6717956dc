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
    private static readonly Lazy<string> AxeScript = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"axe-core is not installed at {path}. Run ./test.sh (it runs npm ci there).");
    });

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new() { Content = AxeScript.Value });
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

    /// <summary>True when the page fits its viewport's width (no sideways scrolling).</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow}px at {page.ViewportSize?.Width}px wide.");
    }
}
