using System.Globalization;
using System.Xml.Linq;
using Footfall.Recovery.CheckIns;
using Footfall.Training;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// The progress chart as a server-drawn SVG (no script, so it works under the strict CSP and without
/// JavaScript): daily pain lines (first steps, during activity, next morning; 0-10, left axis) over weekly
/// running distance bars (km, right axis). Days without a check-in are gaps, never zeros. Colours come
/// from CSS classes; the page's table carries the same numbers for screen readers.
/// </summary>
public static class ProgressChart
{
    /// <summary>The drawing size in SVG units (one unit is one CSS pixel at natural size).</summary>
    public enum Size
    {
        /// <summary>720 by 300, for screens wider than a phone.</summary>
        Wide = 0,

        /// <summary>360 by 260, for phones, so the labels stay readable.</summary>
        Narrow = 1,
    }

    /// <summary>One day's points; null values are not drawn.</summary>
    public sealed record Day(DateOnly Date, int? FirstSteps, int? During, int? NextMorning);

    /// <summary>The next-morning pain of each check-in: its own record, else the next day's first steps.</summary>
    public static IReadOnlyList<Day> Days(IReadOnlyList<DailyCheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var ordered = checkIns.OrderBy(c => c.Date).ToList();
        return ordered.Select((c, i) => new Day(
            c.Date,
            c.PainFirstSteps,
            c.PainDuringActivity,
            c.PainNextMorning ?? (i + 1 < ordered.Count && ordered[i + 1].Date == c.Date.AddDays(1) ? ordered[i + 1].PainFirstSteps : null))).ToList();
    }

    /// <summary>The SVG markup; empty when there is nothing to draw. <paramref name="weeklyKm"/> is in kilometres; the
    /// distance axis is drawn in <paramref name="unit"/>.</summary>
    public static string Svg(
        IReadOnlyList<Day> days, IReadOnlyList<(DateOnly WeekStart, double Km)> weeklyKm, DateOnly today, Size size = Size.Wide, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var (width, height, left, right, top, bottom) = size == Size.Narrow ? (340.0, 260.0, 26.0, 44.0, 30.0, 30.0) : (720.0, 300.0, 36.0, 60.0, 30.0, 34.0);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(weeklyKm);
        if (days.Count == 0)
        {
            return string.Empty;
        }

        XNamespace ns = "http://www.w3.org/2000/svg";
        var first = CheckInTrend.WeekStart(days.Min(d => d.Date));
        // To the end of the current week, so this week's distance bar has its full width.
        var last = CheckInTrend.WeekStart(today < days.Max(d => d.Date) ? days.Max(d => d.Date) : today).AddDays(6);
        var span = Math.Max(6, last.DayNumber - first.DayNumber);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        weeklyKm = weeklyKm.Select(w => (w.WeekStart, Distance.FromKilometers(w.Km).In(unit))).ToList();
        var maxKm = NiceMax(weeklyKm.Count == 0 ? 0 : weeklyKm.Max(w => w.Km));

        double X(DateOnly d) => left + ((d.DayNumber - first.DayNumber) * plotW / span);
        double YPain(double p) => top + plotH - (p * plotH / 10);
        double YKm(double km) => top + plotH - (km * plotH / maxKm);

        var svg = new XElement(
            ns + "svg",
            new XAttribute("viewBox", Invariant($"0 0 {width} {height}")),
            new XAttribute("class", $"progress-chart progress-chart-{size.ToString().ToLowerInvariant()}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"chart-title-{size.ToString().ToLowerInvariant()}"),
            new XElement(ns + "title", new XAttribute("id", $"chart-title-{size.ToString().ToLowerInvariant()}"), "Daily pain (0 to 10) against weekly running distance; the same numbers are in the table below."));

        // Grid and left axis: pain 0, 2, ... 10.
        for (var p = 0; p <= 10; p += 2)
        {
            svg.Add(new XElement(ns + "line", Attr("x1", left), Attr("x2", width - right), Attr("y1", YPain(p)), Attr("y2", YPain(p)), new XAttribute("class", "chart-grid")));
            svg.Add(new XElement(ns + "text", Attr("x", left - 6), Attr("y", YPain(p) + 4), new XAttribute("class", "chart-axis chart-axis-left"), p.ToString(CultureInfo.InvariantCulture)));
        }

        // Right axis: distance at the bottom, middle and top only, with its unit, so it is not read as pain.
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            svg.Add(new XElement(ns + "text", Attr("x", width - right + 6), Attr("y", YKm(maxKm * fraction) + 4), new XAttribute("class", "chart-axis chart-axis-km"), Invariant($"{maxKm * fraction:0.#} {unit.Abbreviation()}")));
        }

        svg.Add(new XElement(ns + "text", Attr("x", 4), Attr("y", 14), new XAttribute("class", "chart-axis chart-unit"), "Pain 0-10"));
        svg.Add(new XElement(ns + "text", Attr("x", width - 4), Attr("y", 14), new XAttribute("class", "chart-axis chart-unit chart-axis-left"), size == Size.Narrow ? $"{unit.Abbreviation()}/week" : $"Run {unit.Abbreviation()} per week"));

        // Weekly running distance as bars spanning their week.
        foreach (var (weekStart, km) in weeklyKm.Where(w => w.Km > 0))
        {
            var x0 = X(weekStart < first ? first : weekStart);
            var x1 = Math.Min(X(weekStart.AddDays(7)), width - right);
            svg.Add(new XElement(ns + "rect", Attr("x", x0 + 2), Attr("y", YKm(km)), Attr("width", Math.Max(2, x1 - x0 - 4)), Attr("height", top + plotH - YKm(km)), new XAttribute("class", "chart-km")));
        }

        // Week labels along the bottom.
        for (var w = first; w <= last; w = w.AddDays(7))
        {
            svg.Add(new XElement(ns + "text", Attr("x", X(w)), Attr("y", height - 12), new XAttribute("class", "chart-axis chart-axis-bottom"), w.ToString("d MMM", CultureInfo.InvariantCulture)));
        }

        AddSeries(svg, ns, days, d => d.FirstSteps, "first", X, YPain);
        AddSeries(svg, ns, days, d => d.During, "during", X, YPain);
        AddSeries(svg, ns, days, d => d.NextMorning, "morning", X, YPain);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static void AddSeries(XElement svg, XNamespace ns, IReadOnlyList<Day> days, Func<Day, int?> value, string name, Func<DateOnly, double> x, Func<double, double> y)
    {
        // Consecutive days are joined; a missing day breaks the line.
        var run = new List<(DateOnly Date, int Value)>();
        void Flush()
        {
            if (run.Count > 1)
            {
                svg.Add(new XElement(ns + "polyline", new XAttribute("points", string.Join(' ', run.Select(p => Invariant($"{x(p.Date):0.#},{y(p.Value):0.#}")))), new XAttribute("class", $"chart-line chart-{name}")));
            }

            run.Clear();
        }

        foreach (var d in days)
        {
            if (value(d) is not { } v)
            {
                Flush();
                continue;
            }

            if (run.Count > 0 && run[^1].Date.AddDays(1) != d.Date)
            {
                Flush();
            }

            run.Add((d.Date, v));
            svg.Add(new XElement(ns + "circle", Attr("cx", x(d.Date)), Attr("cy", y(v)), Attr("r", 3.5), new XAttribute("class", $"chart-point chart-{name}")));
        }

        Flush();
    }

    /// <summary>A round upper limit for the distance axis (at least 10 km).</summary>
    private static double NiceMax(double km)
    {
        foreach (var step in new[] { 10.0, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300, 500, 1000 })
        {
            if (km <= step)
            {
                return step;
            }
        }

        return Math.Ceiling(km / 100) * 100;
    }

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
