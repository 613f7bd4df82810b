#!/usr/bin/python3
"""Builds the bundled fonts from Debian's Noto fonts (package fonts-noto-core) with fontTools
(package python3-fonttools). Run it by hand when the font set changes; its output is committed:

    apt-get install fonts-noto-core fonts-dejavu-core python3-fonttools
    /usr/bin/python3 templates/fonts/build-fonts.py

Why merge: Flying Saucer draws a run of text with one font and silently drops characters that font
lacks, and Noto's Armenian fonts have no Latin letters, digits or even commas. Merging each Noto
style with its Armenian companion gives one font that has every character of an Armenian,
English or Russian document, so no character depends on a fallback. Why subset: a smaller font is
faster to subset again when each PDF embeds it.
"""
import os
import sys
import unicodedata
from fontTools.merge import Merger
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

NOTO = '/usr/share/fonts/truetype/noto'
DEJAVU = '/usr/share/fonts/truetype/dejavu'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   '../src/main/resources/dev/rolebook/templates/fonts')

# Latin (with extensions and combining marks), Greek, Cyrillic, Armenian, punctuation, currency,
# letter-like symbols (№), arrows, and the Armenian ligatures.
UNICODES = [
    *range(0x0020, 0x007F), *range(0x00A0, 0x0250), *range(0x0250, 0x02B0), *range(0x02B0, 0x0370),
    *range(0x0300, 0x0370), *range(0x0370, 0x0400), *range(0x0400, 0x0530), *range(0x0530, 0x0590),
    *range(0x1E00, 0x1F00), *range(0x2000, 0x2070), *range(0x2070, 0x20A0), *range(0x20A0, 0x20D0),
    *range(0x2100, 0x2150), *range(0x2150, 0x2190), *range(0x2190, 0x2200), *range(0x2200, 0x2300),
    *range(0x25A0, 0x2600), *range(0xFB13, 0xFB18),
]

# family, style, Latin/Cyrillic source, Armenian source
FONTS = [
    ('Rolebook Serif', 'Regular', 'NotoSerif-Regular', 'NotoSerifArmenian-Regular'),
    ('Rolebook Serif', 'Bold', 'NotoSerif-Bold', 'NotoSerifArmenian-Bold'),
    ('Rolebook Serif', 'Italic', 'NotoSerif-Italic', 'NotoSerifArmenian-Regular'),
    ('Rolebook Sans', 'Regular', 'NotoSans-Regular', 'NotoSansArmenian-Regular'),
    ('Rolebook Sans', 'Bold', 'NotoSans-Bold', 'NotoSansArmenian-Bold'),
]


def subset(font):
    options = Options()
    options.hinting = False
    options.layout_features = ['*']
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)


# Invisible format characters (direction marks and overrides, joiners, word joiner, zero-width
# no-break space, soft hyphen) the merged font must have as empty glyphs.
INVISIBLES = [0x00AD, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
              *range(0x2066, 0x2070), 0xFEFF]


def hide_invisibles(font):
    """Noto draws its format characters as visible marks (arrows, brackets) for editors that show
    invisibles, relying on the text engine to skip them; Flying Saucer does not, so a direction mark
    in a catalog text would print as an arrow. Each becomes an empty glyph of no width (those Noto
    lacks are added), so the characters stay in the PDF's text without being seen."""
    cmap = font.getBestCmap()
    glyf = font['glyf']
    hmtx = font['hmtx']
    order = font.getGlyphOrder()
    for code in INVISIBLES:
        assert unicodedata.category(chr(code)) == 'Cf', hex(code)
        name = cmap.get(code)
        if name is None:
            # A glyph of its own, not a shared one: a PDF maps each glyph back to one character.
            name = f'uni{code:04X}'
            order.append(name)
            font.setGlyphOrder(order)
            for table in font['cmap'].tables:
                if table.isUnicode():
                    table.cmap[code] = name
        empty = glyf[order[0]].__class__()
        empty.numberOfContours = 0
        glyf[name] = empty
        hmtx[name] = (0, 0)


def rename(font, family, style):
    full = f'{family} {style}'
    postscript = full.replace(' ', '')
    is_ribbi = style in ('Regular', 'Bold', 'Italic', 'Bold Italic')
    for record in list(font['name'].names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 21, 22):
            font['name'].removeNames(nameID=record.nameID)
    font['name'].setName(family, 1, 3, 1, 0x409)
    font['name'].setName(style if is_ribbi else 'Regular', 2, 3, 1, 0x409)
    font['name'].setName(f'rolebook:{postscript}', 3, 3, 1, 0x409)
    font['name'].setName(full, 4, 3, 1, 0x409)
    font['name'].setName(postscript, 6, 3, 1, 0x409)
    note = ('Derived by rolebook from Noto fonts (merged with the Armenian companion and subset); '
            'SIL Open Font License 1.1.')
    font['name'].setName(note, 10, 3, 1, 0x409)


def build(family, style, latin, armenian):
    sources = []
    for name in (latin, armenian):
        font = TTFont(os.path.join(NOTO, name + '.ttf'))
        subset(font)
        font.recalcTimestamp = False
        path = f'/tmp/rolebook-{name}.ttf'
        font.save(path)
        sources.append(path)
    merged = Merger().merge(sources)
    hide_invisibles(merged)
    rename(merged, family, style)
    # The Latin source's dates, not the time of the build, so building again gives the same bytes.
    merged['head'].created = TTFont(sources[0])['head'].created
    merged['head'].modified = TTFont(sources[0])['head'].modified
    merged.recalcTimestamp = False
    target = os.path.join(OUT, family.replace(' ', '') + '-' + style + '.ttf')
    merged.save(target)
    print(f'{target}: {os.path.getsize(target):,} bytes, {len(merged.getGlyphOrder())} glyphs')


def main():
    os.makedirs(OUT, exist_ok=True)
    for spec in FONTS:
        build(*spec)
    # DejaVu Sans is the last resort for characters the Noto merge lacks (Georgian, Hebrew,
    # box drawing, dingbats ...); it is copied unchanged.
    with open(os.path.join(DEJAVU, 'DejaVuSans.ttf'), 'rb') as source, \
            open(os.path.join(OUT, 'DejaVuSans.ttf'), 'wb') as target:
        target.write(source.read())


if __name__ == '__main__':
    sys.exit(main())
