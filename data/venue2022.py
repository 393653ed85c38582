#!/usr/bin/env python3
"""Authoring script of the NEC 2022 venue map (public/venue.json), format v1.

Stade Bollaert-Delelis, Lens: four separate straight stands around a 105 x 68 m pitch, the
hospitality salons in the Tribune Max Lepagnot (south long side here) on the levels the event
uses. The arrangement and rough proportions of the stands are real; the rooms' names, shapes and
positions inside the salons are illustrative (the 2022 room plan is not public), and so are
the positions in the surroundings (a schematic, not a survey). Run after editing, then check:

    python3 data/venue2022.py && cargo nec-data check-venue public/venue.json public/programme.json

Coordinates are metres, x to the east, y to the south (as SVG draws them), origin at the centre
of the pitch.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "public" / "venue.json"

LEVEL_NAMES = {
    0: ("rez-de-chaussée", "ground floor"),
    1: ("niveau 1", "level 1"),
    2: ("niveau 2", "level 2"),
    3: ("niveau 3", "level 3"),
}


def loc(fr, en=None):
    return {"fr": fr, "en": en} if en else {"fr": fr}


def rect(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


spaces, nodes, edges = [], [], []
node_ids = set()


def node(nid, level, x, y, name=None):
    if nid not in node_ids:
        node_ids.add(nid)
        n = {"id": nid, "level": level, "at": [x, y]}
        if name:
            n["name"] = name
        nodes.append(n)
    return nid


def edge(a, b, length=None, via="walk", step_free=True):
    if length is None:
        pa = next(n for n in nodes if n["id"] == a)["at"]
        pb = next(n for n in nodes if n["id"] == b)["at"]
        length = round(((pa[0] - pb[0]) ** 2 + (pa[1] - pb[1]) ** 2) ** 0.5, 1)
    e = {"from": a, "to": b, "length": length}
    if via != "walk":
        e["via"] = via
    if not step_free:
        e["step_free"] = False
    edges.append(e)


def space(sid, name, kind, level, x0, y0, x1, y1, door, illustrative=True, description=None):
    s = {
        "id": sid,
        "name": name,
        "kind": kind,
        "level": level,
        "polygon": rect(x0, y0, x1, y1),
        "label": [round((x0 + x1) / 2, 1), round((y0 + y1) / 2, 1)],
        "node": door,
    }
    if illustrative:
        s["illustrative"] = True
    if description:
        s["description"] = description
    spaces.append(s)


# The corridor of each level of the Lepagnot salons runs east-west at y = CORRIDOR; rooms sit
# north of it (y 42..56, towards the pitch) and south of it (y 64..78, towards the forecourt).
CORRIDOR = 60
NORTH = (42, 56)
SOUTH = (64, 78)


def corridor_node(level, x, name=None):
    return node(f"c{level}_{x}", level, x, CORRIDOR, name)


def room(sid, name, kind, level, side, x0, x1, **kw):
    y0, y1 = NORTH if side == "n" else SOUTH
    door = corridor_node(level, round((x0 + x1) / 2))
    space(sid, name, kind, level, x0, y0, x1, y1, door, **kw)


HALL = loc("hall de la tribune Lepagnot", "Lepagnot stand hall")
for level in range(4):
    lift_name = loc(f"ascenseur A, {LEVEL_NAMES[level][0]}", f"lift A, {LEVEL_NAMES[level][1]}")
    room(f"ascenseur-a-{level}", loc("Ascenseur A", "Lift A"), "lift", level, "n", -4, 4,
         illustrative=False)
    room(f"ascenseur-b-{level}", loc("Ascenseur B", "Lift B"), "lift", level, "n", 40, 46,
         illustrative=False)
    room(f"escalier-ouest-{level}", loc("Escalier ouest", "West stairs"), "stairs", level, "n",
         -56, -48, illustrative=False)
    room(f"escalier-est-{level}", loc("Escalier est", "East stairs"), "stairs", level, "n",
         48, 56, illustrative=False)
    # Name the landmark at lift A on every level.
    next(n for n in nodes if n["id"] == f"c{level}_0")["name"] = HALL if level == 0 else lift_name

# Ground floor: the welcome hall opens on the forecourt.
room("wc-pmr-0", loc("Toilettes accessibles", "Accessible toilets"), "accessible_toilets", 0, "n", -44, -36)
room("wc-0", loc("Toilettes", "Toilets"), "toilets", 0, "n", -36, -28)
room("vestiaire", loc("Vestiaire", "Cloakroom"), "cloakroom", 0, "n", 10, 22)
room("poste-secours", loc("Poste de secours", "First aid"), "first_aid", 0, "n", 24, 34)
space("accueil", loc("Accueil – parvis de la tribune Lepagnot", "Welcome – Lepagnot forecourt"),
      "welcome", 0, -30, 64, 30, 78, node("accueil-hall", 0, 0, 71, loc("accueil", "welcome desk")),
      illustrative=False)
edge("accueil-hall", "c0_0")
space("entree-principale", loc("Entrée principale (parvis)", "Main entrance (forecourt)"),
      "entrance", 0, -6, 78, 6, 84, node("entree-principale", 0, 0, 81), illustrative=False,
      description=loc("Contrôle d'accès et badges. De plain-pied depuis le parvis.",
                      "Access control and badges. Level with the forecourt."))
edge("entree-principale", "accueil-hall")
space("entree-est", loc("Entrée est (marches)", "East entrance (steps)"), "entrance", 0,
      58, 56, 64, 66, node("entree-est", 0, 61, CORRIDOR), illustrative=True,
      description=loc("Trois marches : préférez l'entrée principale en fauteuil ou avec une poussette.",
                      "Three steps: use the main entrance with a wheelchair or a pushchair."))

# Level 1: the exhibitors' village and catering.
room("village", loc("Village des exposants – salons Lepagnot", "Exhibitors' village – Lepagnot salons"),
     "village", 1, "s", -58, -2)
room("restauration", loc("Espace restauration – salons Lepagnot", "Catering – Lepagnot salons"),
     "catering", 1, "s", 2, 58)
room("scene-village", loc("Scène du village", "Village stage"), "conference", 1, "n", -46, -26)
room("wc-pmr-1", loc("Toilettes accessibles", "Accessible toilets"), "accessible_toilets", 1, "n", -24, -16)
room("wc-1", loc("Toilettes", "Toilets"), "toilets", 1, "n", -16, -6)
room("salon-gohelle", loc("Salon Gohelle"), "conference", 1, "n", 6, 22)
room("salon-artois", loc("Salon Artois"), "conference", 1, "n", 22, 38)

# Level 2: the plenary hall and the main salons.
room("pleniere", loc("Grand Salon – salle plénière", "Grand Salon – plenary hall"), "plenary", 2, "s", -58, 36)
room("atelier-1", loc("Atelier 1", "Workshop 1"), "workshop", 2, "n", -46, -34)
room("atelier-2", loc("Atelier 2", "Workshop 2"), "workshop", 2, "n", -34, -22)
room("wc-pmr-2", loc("Toilettes accessibles", "Accessible toilets"), "accessible_toilets", 2, "n", -20, -12)
room("wc-2", loc("Toilettes", "Toilets"), "toilets", 2, "n", -12, -6)
room("salon-terril", loc("Salon Terril"), "conference", 2, "n", 6, 22)
room("salon-sang-et-or", loc("Salon Sang et Or"), "conference", 2, "n", 22, 38)
room("escalier-presse-2", loc("Escalier de la tribune de presse", "Press stand stairs"), "stairs", 2, "s", 40, 48)

# Level 3: the upper salons, and the press stand reached only by its own stairs.
room("salon-carreau", loc("Salon Carreau"), "conference", 3, "n", -46, -26)
room("atelier-3", loc("Atelier 3", "Workshop 3"), "workshop", 3, "n", -24, -8)
room("wc-3", loc("Toilettes", "Toilets"), "toilets", 3, "n", 6, 16)
PRESS_Y = 71
press_landing = node("presse-palier", 3, 44, PRESS_Y, loc("palier de la tribune de presse", "press stand landing"))
space("escalier-presse-3", loc("Escalier de la tribune de presse", "Press stand stairs"), "stairs", 3,
      40, 64, 48, 78, press_landing)
space("presse", loc("Salle de presse", "Press room"), "press", 3, 18, 64, 38, 78,
      node("presse-porte", 3, 28, PRESS_Y))
space("atelier-4", loc("Atelier 4 (tribune de presse)", "Workshop 4 (press stand)"), "workshop", 3,
      50, 64, 58, 78, node("atelier-4-porte", 3, 54, PRESS_Y))
edge("presse-porte", "presse-palier")
edge("presse-palier", "atelier-4-porte")
edge("c2_44", "presse-palier", 14, via="stairs", step_free=False)

# Corridors: each level's doors joined in a line from west to east.
for level in range(4):
    xs = sorted(int(n["id"].split("_")[1]) for n in nodes if n["id"].startswith(f"c{level}_"))
    for a, b in zip(xs, xs[1:]):
        edge(f"c{level}_{a}", f"c{level}_{b}")
edge("entree-est", "c0_52", step_free=False)

# Between levels: lifts (step-free; one edge per ride, so one wait) and stairs (one per flight).
for level in range(4):
    for other in range(level + 1, 4):
        edge(f"c{level}_0", f"c{other}_0", 3, via="lift")
        edge(f"c{level}_43", f"c{other}_43", 3, via="lift")
for level in range(3):
    up = level + 1
    edge(f"c{level}_-52", f"c{up}_-52", 14, via="stairs", step_free=False)
    edge(f"c{level}_52", f"c{up}_52", 14, via="stairs", step_free=False)

outlines = [
    {"name": loc("Pelouse", "Pitch"), "kind": "pitch", "polygon": rect(-52.5, -34, 52.5, 34)},
    {"name": loc("Tribune Max Lepagnot", "Max Lepagnot stand"), "kind": "stand",
     "polygon": rect(-62, 40, 62, 78)},
    {"name": loc("Tribune Marek – Xercès", "Marek – Xercès stand"), "kind": "stand",
     "polygon": rect(-62, -78, 62, -40)},
    # Bevelled at its north-western corner, along the Lens–Dunkerque railway.
    {"name": loc("Tribune Henri Trannin", "Henri Trannin stand"), "kind": "stand",
     "polygon": [[-66, -44], [-66, 44], [-104, 44], [-104, -18], [-88, -44]]},
    {"name": loc("Tribune Élie Delacourt", "Élie Delacourt stand"), "kind": "stand",
     "polygon": rect(66, -44, 104, 44)},
    {"name": loc("Parvis", "Forecourt"), "kind": "forecourt", "levels": [0],
     "polygon": rect(-50, 78, 50, 100)},
]

surroundings = {
    "places": [
        {"id": "stade", "name": loc("Stade Bollaert-Delelis"), "kind": "stadium", "at": [0, 0]},
        {"id": "parvis", "name": loc("Entrée principale, parvis Lepagnot", "Main entrance, Lepagnot forecourt"),
         "kind": "entrance", "at": [0, 110]},
        {"id": "gare", "name": loc("Gare de Lens (TGV, TER)", "Lens station (TGV, TER)"), "kind": "station",
         "at": [560, -620]},
        {"id": "bulle", "name": loc("Arrêt Stade Bollaert – Bulle 1 et Bulle 3", "Stade Bollaert stop – Bulle 1 and Bulle 3"),
         "kind": "bus_stop", "at": [230, 60]},
        {"id": "parkings", "name": loc("Parkings P2 à P5 (gratuits), rue Maurice Carton", "Car parks P2 to P5 (free), rue Maurice Carton"),
         "kind": "car_park", "at": [-330, 180]},
    ],
    "streets": [
        {"name": "avenue Alfred-Maës", "line": [[190, -400], [200, 0], [180, 300]]},
        {"name": "rue Maurice Carton", "line": [[-450, 200], [-100, 160], [180, 140]]},
        {"name": "voie ferrée Lens–Dunkerque", "line": [[-300, 150], [-140, -60], [60, -330], [560, -650]]},
    ],
    "ways": [
        {"from": "gare", "to": "parvis", "minutes": 12,
         "line": [[560, -620], [400, -420], [200, -200], [200, 100], [0, 110]],
         "directions": loc(
             "Sortez de la gare côté centre-ville, prenez à gauche puis rejoignez l'avenue Alfred-Maës vers le sud-ouest ; "
             "longez le stade jusqu'au parvis de la tribune Lepagnot. Environ 900 m, de plain-pied, trottoirs larges.",
             "Leave the station on the town-centre side, turn left and follow avenue Alfred-Maës south-west; walk along "
             "the stadium to the Lepagnot forecourt. About 900 m, step-free, wide pavements.")},
        {"from": "bulle", "to": "parvis", "minutes": 4,
         "line": [[230, 60], [200, 100], [0, 110]],
         "directions": loc(
             "Descendez à l'arrêt du stade (lignes Bulle 1 et Bulle 3, haute fréquence), traversez au feu puis suivez "
             "le stade vers l'ouest jusqu'au parvis.",
             "Get off at the stadium stop (Bulle 1 and Bulle 3, high-frequency lines), cross at the lights and follow "
             "the stadium westwards to the forecourt.")},
        {"from": "parkings", "to": "parvis", "minutes": 6,
         "line": [[-330, 180], [-100, 160], [0, 110]],
         "directions": loc(
             "Depuis les parkings P2 à P5 (accès par la rue Maurice Carton ; A21 sortie Lens-Ouest ou A211 sortie "
             "« Bollaert-Delelis »), suivez la rue Maurice Carton vers l'est puis le fléchage « Parvis Lepagnot ».",
             "From car parks P2 to P5 (access by rue Maurice Carton; A21 exit Lens-Ouest or A211 exit "
             "\"Bollaert-Delelis\"), follow rue Maurice Carton eastwards, then the signs to \"Parvis Lepagnot\".")},
    ],
}

venue = {
    "format_version": 1,
    "name": "Stade Bollaert-Delelis",
    "data_note": loc(
        "Plan schématique. Sont réels : les quatre tribunes séparées et leurs proportions, la tribune "
        "Lepagnot et ses salons sur plusieurs niveaux, le parvis, les accès (gare de Lens, lignes Bulle 1 "
        "et Bulle 3, parkings P2 à P5 par la rue Maurice Carton). Sont illustratifs : les noms, formes et "
        "positions des salles dans les salons, les ascenseurs, escaliers et toilettes, et les positions "
        "des abords (schéma, pas un relevé).",
        "Schematic map. Real: the four separate stands and their proportions, the Lepagnot stand and its "
        "salons on several levels, the forecourt, the ways in (Lens station, Bulle 1 and Bulle 3 buses, car "
        "parks P2 to P5 by rue Maurice Carton). Illustrative: the rooms' names, shapes and positions in the "
        "salons, the lifts, stairs and toilets, and the positions around the stadium (a schematic, not a "
        "survey)."),
    "levels": [{"id": k, "name": loc(*v)} for k, v in LEVEL_NAMES.items()],
    "outlines": outlines,
    "spaces": spaces,
    "nodes": nodes,
    "edges": edges,
    "surroundings": surroundings,
}

OUT.write_text(json.dumps(venue, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {OUT} ({len(spaces)} spaces, {len(nodes)} nodes, {len(edges)} edges)")
