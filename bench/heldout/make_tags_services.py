#!/usr/bin/env python3
"""Writes tag_pairs.tsv and service_pairs.tsv (deterministic; seed fixed).

The conventions are written from the brief's description of the two registers (side A YEAR/SERIAL,
side B PREFIX-YEAR-SERIAL, serials restart every year) and from how Cyrillic letters are typed or
transliterated in Latin. Nothing here is taken from the project's code or tables.
Run: python3 bench/heldout/make_tags_services.py   (from the repository root or this folder)
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261201)

# ---------------------------------------------------------------- tags
rows = []          # (a, b, same, class, note)
a_keys, b_keys = set(), set()
YEARS = [2022, 2023, 2024, 2025]


def fresh(year, lo=1, hi=1500, avoid=()):
    while True:
        s = rng.randint(lo, hi)
        if (year, s) not in a_keys and (year, s) not in b_keys and (year, s) not in avoid:
            return s


B_FORMS = {
    'b-padded': lambda y, s: f'UA-{y}-{s:06d}',
    'b-unpadded': lambda y, s: f'UA-{y}-{s}',
    'b-spaces': lambda y, s: f'UA {y} {s:06d}',
    'b-cyrillic-prefix': lambda y, s: f'УА-{y}-{s:06d}',
}
A_FORMS = {
    'a-slash': lambda y, s: f'{y}/{s}',
    'a-slash-spaces': lambda y, s: f'{y} / {s}',
    'a-slash-zero': lambda y, s: f'{y}/{s:04d}',
}

# Serials that recur in every year (serials restart each year): the year must tell them apart.
recurring = [1, 7, 17, 45, 99, 123, 379, 1001]
yes_specs = []
for s in recurring:
    for y in YEARS:
        yes_specs.append((y, s))
while len(yes_specs) < 176:
    y = rng.choice(YEARS)
    s = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 2400)])
    if (y, s) not in yes_specs:
        yes_specs.append((y, s))
rng.shuffle(yes_specs)
combos = [(af, bf) for af in A_FORMS for bf in B_FORMS]
for i, (y, s) in enumerate(yes_specs):
    af, bf = combos[i % len(combos)]
    a_keys.add((y, s)); b_keys.add((y, s))
    cls = 'same-recurring-serial' if s in recurring else 'same'
    rows.append((A_FORMS[af](y, s), B_FORMS[bf](y, s), 'yes', cls, f'{af} vs {bf}'))

# same = no: another year, serial one off, digits swapped, another serial.
for _ in range(12):
    y = rng.choice(YEARS[:-1]); s = fresh(y, avoid=set())
    while (y + 1, s) in a_keys or (y + 1, s) in b_keys:
        s = fresh(y)
    a_keys.add((y, s)); b_keys.add((y + 1, s))
    rows.append((f'{y}/{s}', f'UA-{y + 1}-{s:06d}', 'no', 'other-year', 'same serial, next year (serials restart every year)'))
for _ in range(12):
    y = rng.choice(YEARS)
    while True:
        s = fresh(y)
        if (y, s + 1) not in a_keys and (y, s + 1) not in b_keys:
            break
    a_keys.add((y, s)); b_keys.add((y, s + 1))
    rows.append((f'{y}/{s}', f'UA-{y}-{s + 1:06d}', 'no', 'serial-off-by-one', 'the next body of the same year'))
for _ in range(10):
    y = rng.choice(YEARS)
    while True:
        s = fresh(y, lo=12, hi=980)
        d = str(s)
        if len(d) < 2 or d[-1] == d[-2] or d[-2] == '0' and len(d) == 2:
            continue
        t = int(d[:-2] + d[-1] + d[-2])
        if t != s and (y, t) not in a_keys and (y, t) not in b_keys:
            break
    a_keys.add((y, s)); b_keys.add((y, t))
    rows.append((f'{y}/{s}', f'UA-{y}-{t:06d}', 'no', 'digits-swapped', 'last two digits swapped: another body'))
for _ in range(8):
    y = rng.choice(YEARS)
    s = fresh(y); a_keys.add((y, s))
    t = fresh(y); b_keys.add((y, t))
    rows.append((f'{y}/{s}', f'UA-{y}-{t:06d}', 'no', 'other-serial', 'unrelated serial'))

# Another convention: BODY/BAG (bag 2 of body 379), not YEAR/SERIAL. Side B numbers the body in 2024.
for body in (379, 412, 58, 1203, 86, 940):
    bag = rng.choice([2, 3])
    if (2024, body) in b_keys or (2024, body) in a_keys:
        continue
    b_keys.add((2024, body))
    rows.append((f'{body}/{bag}', f'UA-2024-{body:06d}', 'yes', 'bag-suffix',
                 f'A writes BODY/BAG (bag {bag} of body {body}), not YEAR/SERIAL; same body'))
for body, other in ((517, 518), (233, 332)):
    if (2024, other) in b_keys or (2024, other) in a_keys:
        continue
    b_keys.add((2024, other))
    rows.append((f'{body}/2', f'UA-2024-{other:06d}', 'no', 'bag-suffix',
                 f'A writes BODY/BAG (bag 2 of body {body}); B is body {other}: another body'))

with open(os.path.join(HERE, 'tag_pairs.tsv'), 'w', encoding='utf-8') as f:
    f.write('a\tb\tsame\tclass\tnote\n')
    for r in rows:
        f.write('\t'.join(r) + '\n')

# ---------------------------------------------------------------- service numbers
LOOK = {'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X'}
TRANS = {'А': ['A'], 'Б': ['B'], 'В': ['V'], 'Г': ['G', 'H'], 'Д': ['D'], 'Е': ['E'], 'Ж': ['ZH'], 'З': ['Z'],
         'И': ['I', 'Y'], 'К': ['K'], 'Л': ['L'], 'М': ['M'], 'Н': ['N'], 'О': ['O'], 'П': ['P'], 'Р': ['R'],
         'С': ['S'], 'Т': ['T'], 'У': ['U'], 'Ф': ['F'], 'Х': ['KH'], 'Ч': ['CH'], 'Ш': ['SH'], 'Я': ['YA', 'IA'],
         'Ю': ['YU', 'IU'], 'Ґ': ['G'], 'Є': ['YE', 'IE']}
# A Latin letter that is neither how the Cyrillic letter looks nor how it sounds.
WRONG = {'Б': 'V', 'Д': 'T', 'Г': 'K', 'Л': 'N', 'П': 'B', 'З': 'S', 'Ф': 'V', 'И': 'E', 'В': 'F',
         'Н': 'M', 'Р': 'B', 'К': 'X'}

def digits():
    return ''.join(rng.choice('0123456789') for _ in range(6))

def fmt_a(letters, num):
    return rng.choice([f'{letters}-{num}', f'{letters} {num}', f'{letters}{num}', f'{letters} № {num}' if False else f'{letters}-{num[:3]} {num[3:]}'])

def fmt_b(letters, num):
    return rng.choice([f'{letters}{num}', f'{letters}-{num}', f'{letters} {num[:3]} {num[3:]}', f'{letters} {num}'])

srows = []  # (a, b, same, class, note)
look_letters = list(LOOK)
for _ in range(30):
    l = ''.join(rng.choice(look_letters) for _ in range(2)); n = digits()
    srows.append((fmt_a(l, n), fmt_b(''.join(LOOK[c] for c in l), n), 'yes', 'lookalike', 'Latin letters that look like the Cyrillic ones'))
trans_only = [c for c in TRANS if c not in LOOK]
for _ in range(40):
    l = rng.choice(trans_only) + rng.choice(list(TRANS)); n = digits()
    lat = ''.join(rng.choice(TRANS[c]) for c in l)
    srows.append((fmt_a(l, n), fmt_b(lat, n), 'yes', 'transliterated', 'letters written by their sound'))
for l, lat, note in (('АВ', 'AV', 'В by sound'), ('АБ', 'AB', 'Б by sound'), ('НР', 'NR', 'both by sound'), ('РС', 'RS', 'both by sound'),
                     ('ВС', 'VS', 'both by sound'), ('ХМ', 'KHM', 'Х by sound'), ('ГК', 'HK', 'Ukrainian Г = H'), ('ГК', 'GK', 'Russian Г = G'),
                     ('ИН', 'YN', 'Ukrainian И = Y'), ('ИН', 'IN', 'Russian И = I'), ('УС', 'US', 'both by sound'), ('СН', 'SN', 'both by sound')):
    n = digits()
    srows.append((fmt_a(l, n), fmt_b(lat, n), 'yes', 'transliterated-lookalike-letters', f'Cyrillic look-alike letters written by sound: {note}'))
for _ in range(12):
    l = ''.join(rng.choice(look_letters) for _ in range(2)); n = digits()
    mixed = l[0] + LOOK[l[1]]  # the clerk typed one letter on the Latin keyboard
    srows.append((f'{mixed}-{n}', f'{l} {n}', 'yes', 'mixed-script', 'one letter typed in Latin on side A, both Cyrillic on side B'))
for _ in range(10):
    l = ''.join(rng.choice(list(TRANS)) for _ in range(2)); n = digits()
    srows.append((f'{l}-{n}', f'{l} {n[:3]}-{n[3:]}', 'yes', 'format-only', 'same script, other spaces and dashes'))
# same = no
for _ in range(12):
    l = rng.choice(list(TRANS)) + rng.choice(list(TRANS)); n = digits()
    i = rng.randrange(6); m = n[:i] + str((int(n[i]) + rng.randint(1, 9)) % 10) + n[i + 1:]
    lat = ''.join(LOOK.get(c) or TRANS[c][0] for c in l)
    srows.append((fmt_a(l, n), fmt_b(lat, m), 'no', 'digit-differs', 'one digit differs'))
for _ in range(10):
    l = rng.choice(list(TRANS)) + rng.choice(list(TRANS))
    while True:
        n = digits(); i = rng.randrange(5)
        if n[i] != n[i + 1]:
            break
    m = n[:i] + n[i + 1] + n[i] + n[i + 2:]
    lat = ''.join(LOOK.get(c) or TRANS[c][0] for c in l)
    srows.append((fmt_a(l, n), fmt_b(lat, m), 'no', 'digits-swapped', 'two adjacent digits swapped'))
for _ in range(14):
    c0 = rng.choice(list(WRONG)); c1 = rng.choice(list(TRANS)); n = digits()
    lat = WRONG[c0] + (LOOK.get(c1) or TRANS[c1][0])
    srows.append((fmt_a(c0 + c1, n), fmt_b(lat, n), 'no', 'letter-differs', f'{c0} is not written {WRONG[c0]}'))
for a, b in (('АБ', 'АВ'), ('ВР', 'ВБ'), ('НК', 'ПК'), ('ГД', 'ГЛ'), ('СТ', 'СГ'), ('ХА', 'ЖА'), ('ДМ', 'ДН'), ('ЛТ', 'ПТ')):
    n = digits()
    srows.append((fmt_a(a, n), fmt_b(b, n), 'no', 'cyrillic-letter-differs', 'both Cyrillic, one letter differs'))
for _ in range(6):
    l = ''.join(rng.choice(look_letters) for _ in range(2)); n = digits(); m = n + rng.choice('0123456789')
    srows.append((fmt_a(l, n), fmt_b(''.join(LOOK[c] for c in l), m), 'no', 'extra-digit', 'side B has one more digit'))

with open(os.path.join(HERE, 'service_pairs.tsv'), 'w', encoding='utf-8') as f:
    f.write('a\tb\tsame\tclass\tnote\n')
    for r in srows:
        f.write('\t'.join(r) + '\n')
print(len(rows), 'tag rows;', len(srows), 'service rows')
