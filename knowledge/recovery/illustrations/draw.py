#!/usr/bin/env python3
"""Draws the exercise illustrations as simple line figures (run: python3 draw.py; commits the SVGs).

Side view, facing right, ground at y=148 in a 240 x 160 view box. Near limbs dark, far limbs grey,
movement arrows teal, props (wall, step, band, towel, ball, water) light grey. Where a start position
is given (STARTS), it is drawn faint behind the end position, with a key: "faint: start, dark: end".
"""
import math
import os

INK, FAR, ACCENT, PROP = "#1e293b", "#94a3b8", "#0d9488", "#cbd5e1"
G = 148  # ground line


def line(points, color=INK, width=5):
    pts = " ".join(f"{x:.0f},{y:.0f}" for x, y in points)
    return f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"/>'


def head(x, y, r=9):
    return f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r}" fill="#ffffff" stroke="{INK}" stroke-width="4"/>'


def arrow(x1, y1, x2, y2):
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{ACCENT}" stroke-width="3" stroke-linecap="round" marker-end="url(#MARK)"/>'


def curved(x1, y1, cx, cy, x2, y2):
    return f'<path d="M{x1} {y1} Q{cx} {cy} {x2} {y2}" fill="none" stroke="{ACCENT}" stroke-width="3" stroke-linecap="round" marker-end="url(#MARK)"/>'


def rect(x, y, w, h, fill=PROP):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="3" fill="{fill}"/>'


def ground():
    return f'<line x1="10" y1="{G}" x2="230" y2="{G}" stroke="{PROP}" stroke-width="3" stroke-linecap="round"/>'


def ghost(parts):
    return '<g opacity="0.4">' + "".join(parts) + '</g>'


KEY = f'<text x="120" y="-1" text-anchor="middle" font-family="sans-serif" font-size="13" fill="{INK}">faint: start · dark: end</text>'


def svg(title, parts, with_ground=True):
    body = "\n  ".join(([ground()] if with_ground else []) + parts)
    return f'''<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -14 240 174" width="240" height="174" role="img" aria-label="{title}">
  <title>{title}</title>
  <defs><marker id="MARK" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="{ACCENT}"/></marker></defs>
  {body}
</svg>
'''


def person(hip, neck, legs, arms, head_at=None):
    """legs/arms: lists of point lists, the first drawn far (grey), the rest near (ink)."""
    parts = []
    for i, limb in enumerate(legs[:1] + arms[:1]):
        parts.append(line(limb, FAR))
    parts.append(line([neck, hip]))
    for limb in legs[1:] + arms[1:]:
        parts.append(line(limb))
    hx, hy = head_at or (neck[0] + (neck[0] - hip[0]) * 0.25, neck[1] - 13)
    parts.append(head(hx, hy))
    return parts


def standing(x=120, lift=0, other="down", arm="side", bend=0):
    hip = (x, 90 - lift - bend)
    neck = (x, 42 - lift - bend)
    knee = (x + bend * 0.8, 119 - lift - bend * 0.5)
    ankle = (x, 140 - lift)
    toe = (x + 14, G - (0 if lift else 1))
    heel_leg = [hip, knee, ankle, toe] if not lift else [hip, knee, (x + 2, 140 - lift), (x + 14, G)]
    if other == "down":
        far_leg = [hip, (x - 3 + bend * 0.8, 119 - lift - bend * 0.5), (x - 4, 140 - lift), (x + 10, G)]
    elif other == "back":
        far_leg = [hip, (x - 2, 118 - lift), (x - 22, 120 - lift)]
    else:  # forward, lifted
        far_leg = [hip, (x + 22, 104), (x + 22, 132)]
    if arm == "wall":
        arms = [[(neck[0], neck[1] + 6), (x + 28, 58), (x + 48, 56)], [(neck[0], neck[1] + 6), (x + 26, 62), (x + 48, 60)]]
    else:
        arms = [[(neck[0], neck[1] + 6), (x - 6, 66), (x - 2, 86)], [(neck[0], neck[1] + 6), (x + 6, 66), (x + 8, 86)]]
    return person(hip, neck, [far_leg, heel_leg], arms)


def wall(x=172):
    return rect(x, 20, 10, G - 20)


def step(x, y, w=70):
    return rect(x, y, w, G - y)


def draw_all():
    d = {}
    d["calf_stretch_straight_knee"] = ("Calf stretch, knee straight", [wall()] + person(
        (104, 86), (140, 46),
        [[(104, 86), (124, 114), (130, 146), (142, 147)], [(104, 86), (84, 116), (62, 144), (50, 146)]],
        [[(140, 50), (156, 54), (170, 50)], [(140, 52), (156, 58), (170, 56)]]) + [arrow(92, 74, 104, 64)])
    d["calf_stretch_bent_knee"] = ("Calf stretch, knee bent", [wall()] + person(
        (110, 96), (142, 54),
        [[(110, 96), (134, 118), (134, 146), (146, 147)], [(110, 96), (94, 122), (88, 145), (76, 147)]],
        [[(142, 58), (156, 62), (170, 58)], [(142, 60), (156, 66), (170, 64)]]) + [arrow(88, 112, 88, 128)])
    d["plantar_fascia_stretch"] = ("Plantar fascia stretch", [rect(70, 96, 60, 8), rect(74, 104, 6, 44), rect(120, 104, 6, 44)] + person(
        (96, 92), (100, 44),
        [[(96, 92), (140, 96), (142, 146), (156, 147)], [(96, 92), (136, 90), (120, 108), (134, 104)]],
        [[(100, 52), (116, 72), (126, 92)], [(100, 52), (118, 76), (136, 100)]]) + [curved(150, 96, 150, 84, 140, 82)])
    d["calf_self_massage"] = ("Calf self-massage", [rect(40, 100, 60, 8), rect(44, 108, 6, 40), rect(90, 108, 6, 40)] + person(
        (66, 96), (70, 48),
        [[(66, 96), (110, 100), (112, 146), (126, 147)], [(66, 96), (108, 94), (150, 104), (164, 98)]],
        [[(70, 56), (98, 80), (124, 96)], [(70, 56), (100, 84), (130, 104)]]) + [arrow(116, 112, 146, 112)])
    d["isometric_heel_raise_hold"] = ("Isometric heel-raise hold", [wall(172)] + standing(120, lift=7, arm="wall") +
        [f'<text x="28" y="60" font-family="sans-serif" font-size="14" fill="{ACCENT}">hold</text>', arrow(40, 72, 40, 88), arrow(40, 88, 40, 72)])
    d["double_leg_heel_raise"] = ("Heel raises on both legs", [wall(172)] + standing(120, lift=10, arm="wall") + [arrow(96, 120, 96, 96)])
    d["single_leg_heel_raise"] = ("Single-leg heel raise", [wall(172)] + standing(120, lift=10, other="back", arm="wall") + [arrow(92, 120, 92, 96)])
    d["bent_knee_heel_raise"] = ("Bent-knee heel raise", [wall(172)] + standing(120, lift=10, other="back", arm="wall", bend=14) + [arrow(92, 124, 92, 100)])
    d["heel_raise_ball_squeeze"] = ("Heel raise with a ball between the heels", [wall(172)] + standing(120, lift=10, arm="wall") +
        [f'<circle cx="118" cy="126" r="7" fill="{PROP}" stroke="{ACCENT}" stroke-width="2"/>', arrow(96, 120, 96, 96)])
    d["high_load_heel_raise"] = ("High-load heel raise with towel under the toes", [step(110, 124, 80), wall(196),
        rect(126, 116, 16, 8, "#99f6e4")] + standing(120, lift=30, other="back", arm="wall") +
        [rect(96, 46, 18, 30, "#e2e8f0"), arrow(88, 100, 88, 76)])
    d["eccentric_heel_drop"] = ("Heel drop off a step", [step(124, 112, 70), wall(200)] +
        person((132, 64), (134, 18), [[(132, 64), (130, 90), (118, 96)], [(132, 64), (134, 88), (126, 112), (140, 112)]],
               [[(134, 24), (160, 30), (196, 30)], [(134, 26), (162, 34), (196, 36)]], head_at=(136, 8)) + [arrow(112, 104, 112, 128)])
    d["ankle_pumps"] = ("Ankle pumps and circles", person(
        (70, 136), (26, 124), [[(70, 136), (130, 138), (180, 138)], [(70, 136), (126, 140), (182, 140), (186, 124)]],
        [[(32, 128), (50, 136), (66, 140)], [(32, 128), (52, 140), (70, 144)]], head_at=(16, 118)) +
        [rect(170, 140, 24, 8), curved(200, 132, 212, 118, 198, 106), curved(198, 106, 186, 104, 180, 116)])
    d["towel_toe_curls"] = ("Towel toe curls", [rect(60, 96, 60, 8), rect(64, 104, 6, 44), rect(110, 104, 6, 44), rect(130, 143, 80, 5, "#99f6e4")] + person(
        (86, 92), (90, 44), [[(86, 92), (124, 94), (126, 146), (140, 147)], [(86, 92), (130, 96), (138, 146), (154, 146)]],
        [[(90, 52), (100, 74), (110, 90)], [(90, 52), (104, 76), (116, 92)]]) + [arrow(190, 138, 160, 138)])
    foot = "M40 140 L180 140 Q200 140 200 128 Q196 118 178 116 L120 112 Q96 96 70 104 Q52 108 46 116 Q36 128 40 140 Z"
    d["short_foot"] = ("Short foot (arch doming)", [f'<path d="{foot}" fill="#f8fafc" stroke="{INK}" stroke-width="4"/>',
        curved(90, 136, 110, 116, 130, 136), arrow(190, 100, 150, 100)], True)
    d["toe_spread_lift"] = ("Toe spreading and lifting", [f'<path d="M60 140 Q40 80 80 44 Q120 20 160 44 Q200 80 180 140 Z" fill="#f8fafc" stroke="{INK}" stroke-width="4"/>'] +
        [f'<circle cx="{x}" cy="{y}" r="9" fill="#f8fafc" stroke="{INK}" stroke-width="3"/>' for x, y in [(74, 38), (100, 24), (124, 22), (146, 28), (166, 42)]] +
        [arrow(64, 38, 48, 34), arrow(176, 42, 192, 38), arrow(74, 24, 74, 8)], False)
    d["resisted_inversion"] = ("Band inversion", [rect(40, 96, 60, 8), rect(44, 104, 6, 44), rect(90, 104, 6, 44),
        line([(150, 142), (214, 150)], "#99f6e4", 4)] + person(
        (66, 92), (70, 44), [[(66, 92), (104, 96), (108, 146), (122, 147)], [(66, 92), (110, 100), (136, 140), (152, 140)]],
        [[(70, 52), (80, 74), (90, 92)], [(70, 52), (86, 76), (96, 94)]]) + [curved(162, 128, 160, 112, 146, 118)])
    d["resisted_eversion"] = ("Band eversion", [rect(30, 112, 60, 8), line([(174, 130), (120, 148)], "#99f6e4", 4)] + person(
        (60, 108), (56, 60), [[(60, 108), (116, 112), (168, 116)], [(60, 108), (116, 118), (168, 124), (176, 110)]],
        [[(56, 68), (62, 90), (66, 108)], [(56, 68), (70, 90), (74, 110)]]) + [curved(186, 100, 196, 112, 188, 124)])
    d["single_leg_balance"] = ("Single-leg balance", standing(120, other="back") + [arrow(84, 70, 100, 70), arrow(156, 70, 140, 70)])
    d["glute_bridge"] = ("Glute bridge", person(
        (110, 112), (44, 136), [[(110, 112), (142, 96), (150, 146), (164, 147)], [(110, 112), (146, 100), (156, 146), (170, 147)]],
        [[(50, 138), (74, 144), (96, 146)], [(50, 138), (76, 146), (100, 147)]], head_at=(30, 136)) + [arrow(110, 140, 110, 118)])
    d["side_lying_hip_abduction"] = ("Side-lying leg raise", person(
        (110, 132), (50, 132), [[(110, 132), (150, 140), (176, 144)], [(110, 132), (150, 116), (190, 104)]],
        [[(52, 138), (40, 120), (36, 106)], [(56, 136), (80, 140), (100, 138)]], head_at=(32, 116)) + [arrow(196, 124, 200, 100)])
    d["clamshell"] = ("Clamshell", person(
        (100, 132), (44, 132), [[(100, 132), (140, 134), (120, 146)], [(100, 132), (136, 108), (120, 140)]],
        [[(46, 138), (34, 120), (30, 106)], [(50, 136), (72, 140), (92, 138)]], head_at=(26, 116)) +
        [rect(128, 130, 8, 8, "#99f6e4"), curved(150, 126, 156, 110, 146, 98)])
    d["front_plank"] = ("Front plank", person(
        (120, 110), (60, 104), [[(120, 110), (160, 122), (196, 140), (198, 147)], [(120, 110), (162, 124), (200, 142), (202, 147)]],
        [[(62, 108), (60, 146), (84, 146)], [(62, 108), (64, 146), (90, 146)]], head_at=(46, 100)))
    d["side_plank"] = ("Side plank", person(
        (120, 118), (60, 100), [[(120, 118), (160, 132), (200, 144)], [(120, 118), (162, 130), (204, 142)]],
        [[(62, 104), (58, 146), (78, 146)], [(64, 102), (86, 80), (104, 64)]], head_at=(46, 92)) + [arrow(120, 144, 120, 126)])
    d["dead_bug"] = ("Dead bug", person(
        (110, 140), (50, 140), [[(110, 140), (112, 108), (144, 106)], [(110, 140), (146, 126), (184, 134)]],
        [[(54, 140), (52, 112), (54, 86)], [(54, 140), (30, 124), (10, 120)]], head_at=(36, 140)) +
        [arrow(178, 120, 186, 130), arrow(24, 112, 14, 110)])
    d["step_down"] = ("Step-down", [step(60, 112, 70)] + person(
        (110, 62), (104, 16), [[(110, 62), (138, 86), (144, 132), (158, 134)], [(110, 62), (128, 84), (114, 110), (128, 112)]],
        [[(104, 22), (120, 38), (140, 44)], [(104, 22), (122, 40), (144, 48)]], head_at=(104, 6)) + [arrow(170, 108, 170, 134)])
    d["split_squat"] = ("Split squat", person(
        (118, 96), (120, 48), [[(118, 96), (96, 128), (70, 140), (62, 147)], [(118, 96), (146, 110), (144, 146), (158, 147)]],
        [[(120, 56), (114, 76), (116, 96)], [(120, 56), (126, 76), (124, 96)]]) + [arrow(92, 100, 92, 122)])
    d["pogo_hops"] = ("Pogo hops", person(
        (120, 74), (120, 26), [[(120, 74), (118, 102), (116, 124), (126, 132)], [(120, 74), (122, 102), (120, 124), (132, 132)]],
        [[(120, 32), (112, 50), (114, 68)], [(120, 32), (128, 50), (130, 68)]], head_at=(120, 14)) +
        [arrow(80, 140, 80, 112), arrow(80, 112, 80, 140), f'<line x1="104" y1="142" x2="144" y2="142" stroke="{PROP}" stroke-width="2" stroke-dasharray="4 4"/>'])
    d["running_drills"] = ("Marching and skipping drills", person(
        (120, 88), (122, 40), [[(120, 88), (144, 90), (144, 118), (156, 116)], [(120, 88), (120, 118), (118, 142), (130, 147)]],
        [[(122, 46), (138, 60), (146, 46)], [(122, 46), (110, 66), (104, 80)]]) + [arrow(170, 120, 170, 92)])
    d["cadence_retraining"] = ("Cadence: shorter, quicker steps", person(
        (110, 84), (118, 38), [[(110, 84), (92, 106), (72, 112), (66, 104)], [(110, 84), (126, 112), (118, 140), (130, 146)]],
        [[(118, 44), (104, 62), (116, 76)], [(118, 44), (132, 62), (146, 54)]]) +
        [rect(176, 40, 36, 48, "#f1f5f9"), line([(194, 80), (204, 50)], ACCENT, 3), f'<text x="170" y="110" font-family="sans-serif" font-size="13" fill="{ACCENT}">+5-10%</text>'])
    d["brisk_walk"] = ("Brisk walking", person(
        (118, 86), (122, 38), [[(118, 86), (104, 114), (92, 140), (104, 146)], [(118, 86), (134, 114), (142, 142), (156, 147)]],
        [[(122, 44), (134, 64), (144, 76)], [(122, 44), (110, 64), (102, 78)]]) + [arrow(170, 60, 210, 60)])
    d["sciatic_nerve_glide"] = ("Sciatic nerve glide", [rect(40, 96, 60, 8), rect(44, 104, 6, 44), rect(90, 104, 6, 44)] + person(
        (66, 92), (68, 44), [[(66, 92), (104, 96), (106, 146), (120, 147)], [(66, 92), (110, 96), (152, 96), (156, 82)]],
        [[(68, 52), (76, 72), (86, 90)], [(68, 52), (82, 74), (92, 92)]], head_at=(66, 28)) +
        [curved(156, 120, 160, 104, 150, 98), curved(84, 18, 70, 8, 56, 16)])
    d["tibial_nerve_glide"] = ("Tibial nerve glide", [rect(40, 96, 60, 8), rect(44, 104, 6, 44), rect(90, 104, 6, 44)] + person(
        (66, 92), (72, 44), [[(66, 92), (104, 96), (106, 146), (120, 147)], [(66, 92), (110, 112), (150, 140), (158, 128)]],
        [[(72, 52), (80, 72), (88, 90)], [(72, 52), (86, 74), (96, 92)]], head_at=(80, 32)) +
        [curved(168, 144, 176, 130, 164, 120)])
    d["piriformis_stretch"] = ("Piriformis stretch", person(
        (110, 136), (50, 140), [[(110, 136), (130, 104), (150, 120)], [(110, 136), (140, 110), (118, 96)]],
        [[(54, 140), (90, 112), (126, 104)], [(54, 140), (88, 116), (124, 108)]], head_at=(36, 138)) + [arrow(160, 100, 140, 86)])
    d["knee_to_chest"] = ("Knees to chest", person(
        (120, 140), (60, 140), [[(120, 140), (104, 108), (132, 100)], [(120, 140), (100, 104), (128, 96)]],
        [[(64, 140), (84, 118), (102, 108)], [(64, 140), (86, 114), (100, 104)]], head_at=(46, 138)) + [curved(150, 120, 150, 96, 130, 84)])
    d["deep_water_running"] = ("Deep-water running", [rect(10, 60, 220, 96, "#e0f2fe")] + person(
        (120, 86), (122, 38), [[(120, 86), (104, 108), (108, 132)], [(120, 86), (142, 100), (136, 128)]],
        [[(122, 44), (106, 60), (114, 76)], [(122, 44), (136, 62), (150, 54)]]) +
        [rect(108, 72, 26, 10, "#f59e0b"), f'<line x1="10" y1="60" x2="230" y2="60" stroke="#38bdf8" stroke-width="3"/>'])
    d["tibialis_anterior_raise"] = ("Toe raises with the back to a wall", [rect(70, 20, 10, G - 20)] + person(
        (100, 90), (90, 42), [[(100, 90), (104, 119), (106, 140), (120, 147)], [(100, 90), (108, 119), (112, 140), (128, 130)]],
        [[(90, 48), (94, 68), (98, 86)], [(90, 48), (100, 68), (104, 86)]], head_at=(88, 29)) + [arrow(146, 136, 146, 108)])
    d["ankle_alphabet"] = ("Ankle alphabet", [rect(40, 96, 60, 8), rect(44, 104, 6, 44), rect(90, 104, 6, 44)] + person(
        (66, 92), (68, 44), [[(66, 92), (104, 96), (106, 146), (120, 147)], [(66, 92), (110, 96), (152, 98), (160, 86)]],
        [[(68, 52), (76, 72), (86, 90)], [(68, 52), (82, 74), (92, 92)]], head_at=(66, 30)) +
        [f'<text x="176" y="72" font-family="sans-serif" font-size="18" fill="{ACCENT}">A B C</text>', curved(164, 96, 182, 104, 176, 84)])
    d["balance_reach"] = ("Single-leg balance with reaches", person(
        (124, 92), (130, 46), [[(124, 92), (100, 118), (72, 142)], [(124, 92), (136, 118), (126, 140), (140, 147)]],
        [[(130, 52), (118, 70), (122, 86)], [(130, 52), (146, 68), (150, 84)]]) + [arrow(84, 150, 56, 150), arrow(160, 150, 196, 150)])
    d["big_toe_mobilisation"] = ("Big toe joint mobilisation", [f'<path d="{foot}" fill="#f8fafc" stroke="{INK}" stroke-width="4"/>',
        f'<circle cx="178" cy="128" r="5" fill="{PROP}"/>', curved(196, 124, 214, 112, 204, 94)], True)
    return d


def starts():
    """The start position of a movement, drawn faint behind its end position."""
    wall_arms = [[(124, 48), (146, 52), (170, 50)], [(124, 50), (148, 56), (170, 56)]]
    return {
        "double_leg_heel_raise": standing(120, arm="wall"),
        "single_leg_heel_raise": standing(120, other="back", arm="wall"),
        "calf_stretch_straight_knee": person((118, 90), (124, 42),
            [[(118, 90), (122, 119), (124, 146), (136, 147)], [(118, 90), (100, 118), (84, 145), (72, 147)]], wall_arms),
        "calf_stretch_bent_knee": person((110, 86), (142, 48),
            [[(110, 86), (130, 114), (134, 146), (146, 147)], [(110, 86), (96, 116), (88, 145), (76, 147)]],
            [[(142, 52), (156, 56), (170, 52)], [(142, 54), (156, 60), (170, 58)]]),
        "glute_bridge": person((110, 140), (44, 138),
            [[(110, 140), (136, 106), (150, 146), (164, 147)], [(110, 140), (140, 110), (156, 146), (170, 147)]],
            [[(50, 140), (74, 145), (96, 146)], [(50, 140), (76, 146), (100, 147)]], head_at=(30, 137)),
        "side_lying_hip_abduction": person((110, 132), (50, 132),
            [[(110, 132), (150, 140), (176, 144)], [(110, 132), (150, 136), (190, 138)]],
            [[(52, 138), (40, 120), (36, 106)], [(56, 136), (80, 140), (100, 138)]], head_at=(32, 116)),
        "front_plank": person((120, 118), (60, 104),
            [[(120, 118), (150, 146), (190, 146)], [(120, 118), (152, 146), (194, 146)]],
            [[(62, 108), (60, 146), (84, 146)], [(62, 108), (64, 146), (90, 146)]], head_at=(46, 100)),
        "side_plank": person((120, 138), (60, 102),
            [[(120, 138), (160, 144), (200, 146)], [(120, 138), (162, 142), (204, 144)]],
            [[(62, 106), (58, 146), (78, 146)], [(64, 104), (86, 82), (104, 66)]], head_at=(46, 94)),
        "dead_bug": person((110, 140), (50, 140),
            [[(110, 140), (112, 108), (144, 106)], [(110, 140), (114, 104), (146, 102)]],
            [[(54, 140), (52, 112), (54, 86)], [(54, 140), (58, 110), (60, 84)]], head_at=(36, 140)),
        "ankle_pumps": person((70, 136), (26, 124),
            [[(70, 136), (130, 138), (180, 138)], [(70, 136), (126, 140), (182, 140), (198, 146)]],
            [[(32, 128), (50, 136), (66, 140)], [(32, 128), (52, 140), (70, 144)]], head_at=(16, 118)),
        "brisk_walk": person((118, 86), (122, 38),
            [[(118, 86), (134, 114), (142, 142), (156, 147)], [(118, 86), (104, 114), (92, 140), (104, 146)]],
            [[(122, 44), (110, 64), (102, 78)], [(122, 44), (134, 64), (144, 76)]]),
        "toe_spread_lift": [f'<circle cx="{x}" cy="{y}" r="9" fill="#f8fafc" stroke="{INK}" stroke-width="3"/>'
                            for x, y in [(84, 40), (104, 28), (124, 26), (142, 30), (158, 40)]],
    }


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    start = starts()
    for name, (title, parts, *rest) in draw_all().items():
        if name in start:
            parts = [KEY, ghost(start[name])] + parts
        with open(os.path.join(here, f"{name}.svg"), "w", encoding="utf-8", newline="\n") as f:
            f.write(svg(title, parts, *rest).replace("MARK", f"arrow-{name.replace('_', '-')}"))
    print(len(draw_all()), "illustrations")
