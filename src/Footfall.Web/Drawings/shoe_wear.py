#!/usr/bin/env python3
"""Draws the shoe check's sole-wear pictures (run: python3 shoe_wear.py; commits the SVGs in
wwwroot/img/shoe-wear). The sole of a right shoe seen from below, toe up: the inner (big-toe) edge
is on the right. Worn areas orange, the sole light grey, labels dark."""
import os

INK, SOLE, WEAR, LINE = "#1e293b", "#e2e8f0", "#ea580c", "#64748b"
SOLE_PATH = ("M50 8 C78 8 92 40 92 80 C92 110 84 130 80 150 C76 175 82 200 78 218 C74 234 62 240 50 240 "
             "C38 240 28 234 24 218 C20 200 26 178 22 150 C18 125 10 105 12 75 C14 35 26 8 50 8 Z")


def sole(dx=0, wear="", clip_id="c"):
    return f'''<g transform="translate({dx} 0)">
    <clipPath id="{clip_id}"><path d="{SOLE_PATH}"/></clipPath>
    <path d="{SOLE_PATH}" fill="{SOLE}" stroke="{INK}" stroke-width="3"/>
    <g clip-path="url(#{clip_id})" fill="{WEAR}" fill-opacity="0.75">{wear}</g>
    <path d="M30 60 Q50 54 70 60 M28 100 Q50 94 72 100 M30 190 Q50 184 70 190" fill="none" stroke="{LINE}" stroke-width="1.5" stroke-dasharray="3 4"/>
  </g>'''


def labels(dx=0):
    return (f'<text x="{dx + 50}" y="4" text-anchor="middle" font-size="11" fill="{INK}" font-family="sans-serif">toe</text>'
            f'<text x="{dx + 50}" y="256" text-anchor="middle" font-size="11" fill="{INK}" font-family="sans-serif">heel</text>'
            f'<text x="{dx + 2}" y="130" text-anchor="end" font-size="11" fill="{INK}" font-family="sans-serif">outer</text>'
            f'<text x="{dx + 98}" y="130" font-size="11" fill="{INK}" font-family="sans-serif">inner</text>')


def svg(title, body, width=160):
    return f'''<svg xmlns="http://www.w3.org/2000/svg" viewBox="-40 -10 {width} 272" width="{width}" height="272" role="img" aria-label="{title}">
  <title>{title}</title>
  {body}
</svg>
'''


def draw_all():
    d = {}
    d["outer_heel"] = ("Sole worn on the outer edge of the heel", sole(wear='<ellipse cx="30" cy="222" rx="20" ry="18"/>') + labels())
    d["inner_forefoot"] = ("Sole worn under the big toe and the inner forefoot",
                           sole(wear='<ellipse cx="74" cy="72" rx="20" ry="34"/><ellipse cx="66" cy="26" rx="16" ry="16"/>') + labels())
    d["outer_edge"] = ("Sole worn along the whole outer edge", sole(wear='<ellipse cx="18" cy="135" rx="12" ry="115"/>') + labels())
    d["forefoot"] = ("Sole worn under the ball of the foot", sole(wear='<ellipse cx="52" cy="74" rx="34" ry="22"/>') + labels())
    pair = (sole(-10, '<ellipse cx="30" cy="220" rx="24" ry="22"/><ellipse cx="50" cy="74" rx="26" ry="16"/>', "l")
            + sole(95, '<ellipse cx="30" cy="224" rx="10" ry="10"/>', "r")
            + f'<text x="40" y="256" text-anchor="middle" font-size="11" fill="{INK}" font-family="sans-serif">one shoe</text>'
            + f'<text x="145" y="256" text-anchor="middle" font-size="11" fill="{INK}" font-family="sans-serif">the other</text>')
    d["uneven_pair"] = ("A pair whose two soles are worn differently", pair)
    side = (f'<path d="M-30 170 Q-32 110 10 100 L60 70 Q90 60 110 110 L112 170 Z" fill="#f8fafc" stroke="{INK}" stroke-width="3"/>'
            f'<rect x="-32" y="170" width="146" height="34" rx="10" fill="{SOLE}" stroke="{INK}" stroke-width="3"/>'
            f'<rect x="-32" y="204" width="146" height="8" rx="4" fill="{WEAR}" fill-opacity="0.75"/>'
            + "".join(f'<path d="M{x} 174 q4 13 0 26" fill="none" stroke="{WEAR}" stroke-width="2.5"/>' for x in (-10, 6, 22, 38, 54, 70))
            + f'<text x="40" y="240" text-anchor="middle" font-size="11" fill="{INK}" font-family="sans-serif">creased, flattened midsole</text>')
    d["flattened_midsole"] = ("Side view of a shoe with a creased, flattened midsole", side)
    return d


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wwwroot", "img", "shoe-wear")
    for name, (title, body) in draw_all().items():
        width = 250 if name == "uneven_pair" else 180
        with open(os.path.join(out, f"{name}.svg"), "w", encoding="utf-8", newline="\n") as f:
            f.write(svg(title, body, width))
    print(len(draw_all()), "drawings")
