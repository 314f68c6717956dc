using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>Moves focus with the Tab key only, the way a keyboard user reaches a control.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until the focused element's accessible text contains <paramref name="name"/>.</summary>
    public static async Task TabToAsync(IPage page, string name, int maxPresses = 40)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("""
                () => {
                  const el = document.activeElement;
                  if (!el || el === document.body || el === document.documentElement) return '';
                  const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
                  return [el.innerText, el.value, el.getAttribute('aria-label'), label].filter(Boolean).join(' | ');
                }
                """);
            if (focused.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        throw new InvalidOperationException($"'{name}' could not be reached with the Tab key on {page.Url}.");
    }

    /// <summary>Presses a key and waits for the page at <paramref name="path"/> to load; says where it is if not.</summary>
    public static async Task PressAndWaitForPageAsync(IPage page, string key, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : ''");
        await page.Keyboard.PressAsync(key);

        // Poll rather than wait for a navigation event: under load the navigation can commit between
        // the key press and the start of an event wait, which then never sees it.
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if (new Uri(page.Url).AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase)
                    && await page.EvaluateAsync<string>("() => document.readyState") == "complete")
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The page was between documents; look again.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"Pressing {key} on {focused} did not reach {path}; the page is {page.Url}.");
    }

    public static async Task TabToAndTypeAsync(IPage page, string label, string text)
    {
        await TabToAsync(page, label);
        await page.Keyboard.TypeAsync(text);
    }
}
