namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Our own 5x7 font (plus one descender row) for every label on the OLED: printable ASCII,
    /// then Ω, ±, µ and °. Each glyph is 5 column bytes, bit 0 = top row, drawn in a 6 px
    /// advance so 21 characters fit a 128 px line. Drawn for this project; the source art is
    /// tests/ImpedanceMeter.Host.Tests/Ui/FontArt/small.txt and a host test checks the two agree.
    /// 495 bytes of heap.
    /// </summary>
    public static class SmallFont
    {
        /// <summary>Glyph width in pixels.</summary>
        public const int GlyphWidth = 5;

        /// <summary>Glyph height in pixels, descender included (one display page).</summary>
        public const int GlyphHeight = 8;

        /// <summary>Horizontal distance from one character to the next, pixels.</summary>
        public const int Advance = 6;

        /// <summary>Number of glyphs: 95 printable ASCII + Ω ± µ °.</summary>
        public const int GlyphCount = 99;

        /// <summary>Column bytes, <see cref="GlyphWidth"/> per glyph, in <see cref="GlyphIndex"/> order.</summary>
        public static readonly byte[] Columns = TableText.Bytes(
            "0000000000" // U+0020 space
            + "00005F0000" // U+0021 !
            + "0003000300" // U+0022 "
            + "227F227F22" // U+0023 #
            + "242A7F2A12" // U+0024 $
            + "2313086462" // U+0025 %
            + "3649552250" // U+0026 &
            + "0000030000" // U+0027 '
            + "001C224100" // U+0028 (
            + "0041221C00" // U+0029 )
            + "14083E0814" // U+002A *
            + "08083E0808" // U+002B +
            + "00A0600000" // U+002C ,
            + "0808080808" // U+002D -
            + "0060600000" // U+002E .
            + "2010080402" // U+002F /
            + "3E5149453E" // U+0030 0
            + "00427F4000" // U+0031 1
            + "4261514946" // U+0032 2
            + "2141454B31" // U+0033 3
            + "1814127F10" // U+0034 4
            + "2745454539" // U+0035 5
            + "3C4A494930" // U+0036 6
            + "0171090503" // U+0037 7
            + "3649494936" // U+0038 8
            + "064949291E" // U+0039 9
            + "0036360000" // U+003A :
            + "0056360000" // U+003B ;
            + "0814224100" // U+003C <
            + "1414141414" // U+003D =
            + "0041221408" // U+003E >
            + "0201510906" // U+003F ?
            + "324979413E" // U+0040 @
            + "7E0909097E" // U+0041 A
            + "7F49494936" // U+0042 B
            + "3E41414122" // U+0043 C
            + "7F4141221C" // U+0044 D
            + "7F49494941" // U+0045 E
            + "7F09090901" // U+0046 F
            + "3E4149497A" // U+0047 G
            + "7F0808087F" // U+0048 H
            + "00417F4100" // U+0049 I
            + "2040413F01" // U+004A J
            + "7F08142241" // U+004B K
            + "7F40404040" // U+004C L
            + "7F020C027F" // U+004D M
            + "7F0408107F" // U+004E N
            + "3E4141413E" // U+004F O
            + "7F09090906" // U+0050 P
            + "3E4151215E" // U+0051 Q
            + "7F09192946" // U+0052 R
            + "4649494931" // U+0053 S
            + "01017F0101" // U+0054 T
            + "3F4040403F" // U+0055 U
            + "1F2040201F" // U+0056 V
            + "3F4038403F" // U+0057 W
            + "6314081463" // U+0058 X
            + "0708700807" // U+0059 Y
            + "6151494543" // U+005A Z
            + "007F414100" // U+005B [
            + "0204081020" // U+005C \
            + "0041417F00" // U+005D ]
            + "0402010204" // U+005E ^
            + "8080808080" // U+005F _
            + "0001020000" // U+0060 `
            + "2054545478" // U+0061 a
            + "7F48444438" // U+0062 b
            + "3844444420" // U+0063 c
            + "384444487F" // U+0064 d
            + "3854545418" // U+0065 e
            + "087E090102" // U+0066 f
            + "18A4A4A47C" // U+0067 g
            + "7F08040478" // U+0068 h
            + "00447D4000" // U+0069 i
            + "4080847D00" // U+006A j
            + "7F10284400" // U+006B k
            + "00417F4000" // U+006C l
            + "7C04780478" // U+006D m
            + "7C08040478" // U+006E n
            + "3844444438" // U+006F o
            + "FC24242418" // U+0070 p
            + "18242424FC" // U+0071 q
            + "7C08040408" // U+0072 r
            + "4854545424" // U+0073 s
            + "043F444020" // U+0074 t
            + "3C4040207C" // U+0075 u
            + "1C2040201C" // U+0076 v
            + "3C4030403C" // U+0077 w
            + "4428102844" // U+0078 x
            + "1CA0A0A07C" // U+0079 y
            + "4464544C44" // U+007A z
            + "0008364100" // U+007B {
            + "00007F0000" // U+007C |
            + "0041360800" // U+007D }
            + "0804081008" // U+007E ~
            + "4E7101714E" // U+03A9 Ω
            + "44445F4444" // U+00B1 ±
            + "FC2040207C" // U+00B5 µ
            + "0609090600" // U+00B0 °
            );

        /// <summary>
        /// Index of the glyph for <paramref name="c"/>: ASCII 32–126 map to 0–94, then Ω (U+03A9)
        /// 95, ± (U+00B1) 96, µ (U+00B5 or U+03BC) 97, ° (U+00B0) 98; anything else shows as '?'.
        /// </summary>
        public static int GlyphIndex(char c)
        {
            if (c >= ' ' && c <= '~')
            {
                return c - ' ';
            }

            switch (c)
            {
                case '\u03A9':
                    return 95;
                case '\u00B1':
                    return 96;
                case '\u00B5':
                case '\u03BC':
                    return 97;
                case '\u00B0':
                    return 98;
                default:
                    return '?' - ' ';
            }
        }
    }
}
