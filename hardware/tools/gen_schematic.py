#!/usr/bin/env python3
"""Generates hardware/impedancemeter.kicad_sch (KiCad 9) and hardware/BOM.csv from one part list.

Why a generator: the schematic, the BOM and the SPICE models must agree, and a reviewer reads
this file as the netlist. Every pin is tied to its net with a global label (net names are
therefore plain in the exported SPICE netlist, e.g. METER_M, ADC_SENSE); symbols are embedded in
the schematic's lib_symbols, so no KiCad library install is needed.

Run:  python3 hardware/tools/gen_schematic.py     (then commit the .kicad_sch and BOM.csv)
"""
import csv
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
HW = os.path.dirname(HERE)
PROJECT = "impedancemeter"
NS = uuid.UUID("6f0e2b7c-5a51-4f3e-9d0f-0b1c2d3e4f50")  # deterministic UUIDs: stable diffs


def uid(*key):
    return str(uuid.uuid5(NS, "/".join(str(k) for k in key)))


ROOT = uid("root")
LIB = "IM"
MODELS = "spice/models/impedancemeter.lib"
G = 2.54


def fmt(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def eff(hide=False, justify=None, size=1.27):
    s = "(effects (font (size %s %s))" % (fmt(size), fmt(size))
    if justify:
        s += " (justify %s)" % justify
    if hide:
        s += " (hide yes)"
    return s + ")"


def prop(name, value, x, y, hide=False, ang=0, justify=None):
    value = value.replace("\\", "\\\\").replace('"', '\\"')
    return '(property "%s" "%s" (at %s %s %d) %s)' % (name, value, fmt(x), fmt(y), ang, eff(hide, justify))


# ----------------------------------------------------------------------------------------------
# Symbols. A symbol is (name, pins, kind); pins: list of (number, name, type, side) where side is
# L or R (box symbols) and kind 'two' draws a vertical two-pin part (pin 1 top, pin 2 bottom).
# ----------------------------------------------------------------------------------------------
class Sym:
    def __init__(self, name, pins, kind="box", ref="U", width=None, desc=""):
        self.name, self.pins, self.kind, self.ref, self.desc = name, pins, kind, ref, desc
        if kind == "two":
            self.pos = {pins[0][0]: (0, 3 * G, 270), pins[1][0]: (0, -3 * G, 90)}
            self.body = "(rectangle (start -1.016 -3.81) (end 1.016 3.81) (stroke (width 0.254) (type default)) (fill (type none)))"
            self.box = (-1.016, 3.81, 1.016, -3.81)
        elif kind == "flag":
            self.pos = {pins[0][0]: (0, 0, 90)}
            self.body = "(polyline (pts (xy 0 0) (xy 0 1.27) (xy -1.016 1.905) (xy 0 2.54) (xy 1.016 1.905) (xy 0 1.27)) (stroke (width 0) (type default)) (fill (type none)))"
            self.box = (-1, 2.54, 1, 0)
        else:
            left = [p for p in pins if p[3] == "L"]
            right = [p for p in pins if p[3] == "R"]
            n = max(len(left), len(right), 1)
            w = width or 15.24
            h = (n + 1) * G
            top = round((h / 2) / G) * G
            self.pos = {}
            for i, p in enumerate(left):
                self.pos[p[0]] = (-w / 2 - 2 * G, top - (i + 1) * G, 0)
            for i, p in enumerate(right):
                self.pos[p[0]] = (w / 2 + 2 * G, top - (i + 1) * G, 180)
            bottom = top - (n + 1) * G
            self.body = "(rectangle (start %s %s) (end %s %s) (stroke (width 0.254) (type default)) (fill (type background)))" % (
                fmt(-w / 2), fmt(top), fmt(w / 2), fmt(bottom))
            self.box = (-w / 2, top, w / 2, bottom)

    def lib(self):
        pins = []
        for num, name, typ, _side in self.pins:
            x, y, a = self.pos[num]
            length = 2 * G if self.kind == "box" else (3.81 if self.kind == "two" else 0)
            if self.kind == "two":
                x, y = x, (3 * G if y > 0 else -3 * G)
            pins.append('(pin %s line (at %s %s %d) (length %s)%s (name "%s" %s) (number "%s" %s))' % (
                typ, fmt(x), fmt(y), a, fmt(length), " (hide yes)" if self.kind == "flag" else "", name, eff(), num, eff()))
        hidenames = "(pin_names (offset 0) (hide yes))" if self.kind != "box" else "(pin_names (offset 0.508))"
        hidenums = "(pin_numbers (hide yes))" if self.kind != "box" else ""
        power = "(power)" if self.kind == "flag" else ""
        return ('(symbol "%s:%s" %s %s %s (exclude_from_sim no) (in_bom yes) (on_board yes) %s %s %s %s %s '
                '(symbol "%s_0_1" %s) (symbol "%s_1_1" %s) (embedded_fonts no))') % (
            LIB, self.name, power, hidenums, hidenames,
            prop("Reference", self.ref, 0, self.box[1] + 1.5), prop("Value", self.name, 0, self.box[3] - 1.5),
            prop("Footprint", "", 0, 0, True), prop("Datasheet", "~", 0, 0, True), prop("Description", self.desc, 0, 0, True),
            self.name, self.body, self.name, " ".join(pins))


def P(num, name, typ="passive", side="L"):
    return (str(num), name, typ, side)


SYMS = {}


def sym(s):
    SYMS[s.name] = s
    return s


sym(Sym("R", [P(1, "~"), P(2, "~")], "two", "R", desc="Resistor"))
sym(Sym("C", [P(1, "~"), P(2, "~")], "two", "C", desc="Capacitor (non-polar)"))
sym(Sym("L", [P(1, "~"), P(2, "~")], "two", "FB", desc="Ferrite bead"))
sym(Sym("D", [P(1, "K"), P(2, "A")], "two", "D", desc="Diode, pin 1 cathode"))
sym(Sym("LED", [P(1, "K"), P(2, "A")], "two", "D", desc="LED, pin 1 cathode"))
sym(Sym("SW_Push", [P(1, "1"), P(2, "2")], "two", "SW", desc="Tactile switch"))
sym(Sym("PWR_FLAG", [P(1, "pwr", "power_out")], "flag", "#FLG", desc="Marks a net as driven by a power source"))
sym(Sym("BAT54S", [P(1, "A1"), P(3, "K1/A2", side="R"), P(2, "K2")], ref="D", width=10.16, desc="Dual series Schottky"))
sym(Sym("NMOS_GSD", [P(1, "G", "input"), P(2, "S", side="R"), P(3, "D", side="R")], ref="Q", width=7.62, desc="N-MOSFET SOT-23 (1 G, 2 S, 3 D)"))
sym(Sym("PMOS_GSD", [P(1, "G", "input"), P(2, "S", side="R"), P(3, "D", side="R")], ref="Q", width=7.62, desc="P-MOSFET SOT-23 (1 G, 2 S, 3 D)"))
sym(Sym("NPN_BEC", [P(1, "B", "input"), P(2, "E", side="R"), P(3, "C", side="R")], ref="Q", width=7.62, desc="NPN SOT-23 (1 B, 2 E, 3 C)"))
sym(Sym("OPA2192", [P(3, "+INA", "input"), P(2, "-INA", "input"), P(5, "+INB", "input"), P(6, "-INB", "input"),
                    P(8, "V+", "power_in", "R"), P(4, "V-", "power_in", "R"), P(1, "OUTA", "output", "R"), P(7, "OUTB", "output", "R")],
        width=12.7, desc="Dual precision RRIO op-amp, 36 V, 10 MHz"))
sym(Sym("INA828", [P(3, "+IN", "input"), P(2, "-IN", "input"), P(8, "+RG"), P(1, "-RG"), P(5, "REF", "input"),
                   P(7, "+VS", "power_in", "R"), P(4, "-VS", "power_in", "R"), P(6, "OUT", "output", "R")],
        width=12.7, desc="Instrumentation amplifier, G = 1 + 50k/RG"))
sym(Sym("CD74HC4051", [P(13, "X0"), P(14, "X1"), P(15, "X2"), P(12, "X3"), P(1, "X4"), P(5, "X5"), P(2, "X6"), P(4, "X7"),
                       P(11, "S0", "input", "R"), P(10, "S1", "input", "R"), P(9, "S2", "input", "R"), P(6, "~{E}", "input", "R"),
                       P(3, "COM", "passive", "R"), P(16, "VCC", "power_in", "R"), P(7, "VEE", "power_in", "R"), P(8, "GND", "power_in", "R")],
        width=15.24, desc="8:1 analog multiplexer, VCC-VEE up to 10 V"))
sym(Sym("CD74HC4052", [P(12, "X0"), P(14, "X1"), P(15, "X2"), P(11, "X3"), P(1, "Y0"), P(5, "Y1"), P(2, "Y2"), P(4, "Y3"),
                       P(10, "S0", "input", "R"), P(9, "S1", "input", "R"), P(6, "~{E}", "input", "R"), P(13, "XCOM", "passive", "R"),
                       P(3, "YCOM", "passive", "R"), P(16, "VCC", "power_in", "R"), P(7, "VEE", "power_in", "R"), P(8, "GND", "power_in", "R")],
        width=15.24, desc="Dual 4:1 analog multiplexer"))
sym(Sym("TQ2SA", [P(1, "COIL+"), P(10, "COIL-"), P(3, "COM1", side="R"), P(2, "NC1", side="R"), P(4, "NO1", side="R"),
                  P(8, "COM2", side="R"), P(9, "NC2", side="R"), P(7, "NO2", side="R")],
        ref="K", width=12.7, desc="DPDT signal relay, 3 V coil"))
sym(Sym("ESP32-WROOM-32", [
    P(2, "3V3", "power_in"), P(1, "GND", "power_in"), P(15, "GND", "passive"), P(38, "GND", "passive"), P(39, "GND_PAD", "passive"),
    P(3, "EN", "input"), P(4, "SENSOR_VP/IO36", "input"), P(5, "SENSOR_VN/IO39", "input"), P(6, "IO34", "input"), P(7, "IO35", "input"),
    P(8, "IO32", "bidirectional"), P(9, "IO33", "bidirectional"), P(10, "IO25/DAC1", "bidirectional"), P(11, "IO26/DAC2", "bidirectional"),
    P(12, "IO27", "bidirectional"), P(13, "IO14", "bidirectional"), P(14, "IO12", "bidirectional"), P(16, "IO13", "bidirectional"),
    P(17, "SD2", "bidirectional"), P(18, "SD3", "bidirectional", "R"), P(19, "CMD", "bidirectional", "R"), P(20, "CLK", "bidirectional", "R"),
    P(21, "SD0", "bidirectional", "R"), P(22, "SD1", "bidirectional", "R"), P(23, "IO15", "bidirectional", "R"), P(24, "IO2", "bidirectional", "R"),
    P(25, "IO0", "bidirectional", "R"), P(26, "IO4", "bidirectional", "R"), P(27, "IO16", "bidirectional", "R"), P(28, "IO17", "bidirectional", "R"),
    P(29, "IO5", "bidirectional", "R"), P(30, "IO18", "bidirectional", "R"), P(31, "IO19", "bidirectional", "R"), P(32, "NC", "no_connect", "R"),
    P(33, "IO21", "bidirectional", "R"), P(34, "RXD0/IO3", "bidirectional", "R"), P(35, "TXD0/IO1", "bidirectional", "R"),
    P(36, "IO22", "bidirectional", "R"), P(37, "IO23", "bidirectional", "R")], width=27.94, desc="ESP32-WROOM-32 module (classic ESP32)"))
sym(Sym("CP2105", [P(4, "D+"), P(5, "D-"), P(8, "VBUS", "input"), P(7, "REGIN", "power_in"), P(6, "VDD", "power_out"), P(1, "VIO", "power_in"),
                   P(2, "GND", "power_in"), P(25, "EP", "passive"), P(9, "~{RST}", "input"),
                   P(21, "ECI_TXD", "output", "R"), P(20, "ECI_RXD", "input", "R"), P(19, "ECI_RTS", "output", "R"),
                   P(22, "ECI_DTR", "output", "R"), P(13, "SCI_TXD", "output", "R"), P(12, "SCI_RXD", "input", "R")],
        width=17.78, desc="Dual USB-UART bridge (ECI = enhanced, SCI = standard); pin numbers: check the QFN-24 table"))
sym(Sym("USB_C_Receptacle_USB2.0", [P("A4", "VBUS"), P("A5", "CC1"), P("B5", "CC2"), P("A6", "D+", side="R"), P("A7", "D-", side="R"),
                                    P("A12", "GND", side="R"), P("S1", "SHIELD", side="R")], ref="J", width=12.7,
        desc="USB-C receptacle, USB 2.0 (B-side pins joined on the footprint)"))
sym(Sym("USBLC6-2SC6", [P(1, "I/O1"), P(6, "I/O1", side="R"), P(3, "I/O2"), P(4, "I/O2", side="R"), P(5, "VBUS", "passive", "R"), P(2, "GND", "passive")],
        width=12.7, desc="USB ESD protection"))
sym(Sym("MCP73831", [P(4, "VDD", "power_in"), P(2, "VSS", "power_in"), P(5, "PROG"), P(3, "VBAT", "passive", "R"), P(1, "STAT", "output", "R")],
        width=12.7, desc="Single-cell Li-Po charger"))
sym(Sym("AP2112K-3.3", [P(1, "VIN", "power_in"), P(3, "EN", "input"), P(2, "GND", "power_in"), P(5, "VOUT", "power_out", "R"), P(4, "NC", "no_connect", "R")],
        width=12.7, desc="600 mA LDO, 3.3 V"))
sym(Sym("LP5907-3.3", [P(1, "IN", "power_in"), P(3, "EN", "input"), P(2, "GND", "power_in"), P(5, "OUT", "power_out", "R"), P(4, "NC", "no_connect", "R")],
        width=12.7, desc="250 mA ultra-low-noise LDO, 3.3 V"))
sym(Sym("TPS60403", [P(2, "IN", "power_in"), P(4, "GND", "power_in"), P(5, "CFLY+"), P(3, "CFLY-"), P(1, "OUT", "power_out", "R")],
        width=12.7, desc="Charge-pump voltage inverter, 60 mA"))
for n in (2, 4, 6, 10):
    sym(Sym("Conn_01x%02d" % n, [P(i, "Pin_%d" % i) for i in range(1, n + 1)], ref="J", width=7.62, desc="Connector, %d pins" % n))
sym(Sym("SW_SPDT", [P(2, "C"), P(1, "A", side="R"), P(3, "B", side="R")], ref="SW", width=7.62, desc="Slide switch SPDT"))


# ----------------------------------------------------------------------------------------------
# Parts
# ----------------------------------------------------------------------------------------------
class Part:
    def __init__(self, ref, symbol, value, nets, mfr="", mpn="", fp="", cost=0.0, tol="", sim=None, note="", block=""):
        self.ref, self.symbol, self.value, self.nets = ref, symbol, value, nets
        self.mfr, self.mpn, self.fp, self.cost, self.tol, self.sim, self.note, self.block = mfr, mpn, fp, cost, tol, sim, note, block


PARTS = []
BLOCK = [""]


def part(*a, **k):
    k.setdefault("block", BLOCK[0])
    p = Part(*a, **k)
    PARTS.append(p)
    return p


SIMLIB = lambda name, pins: {"Sim.Device": "SUBCKT", "Sim.Library": MODELS, "Sim.Name": name, "Sim.Pins": pins}
SIM_RLC = {}  # R and C are simulated from their Value
OPA_PINS = "1=outa 2=ina_n 3=ina_p 4=vneg 5=inb_p 6=inb_n 7=outb 8=vpos"
INA_PINS = "1=rg_n 2=in_n 3=in_p 4=vneg 5=ref 6=out 7=vpos 8=rg_p"
MUX8_PINS = "1=x4 2=x6 3=com 4=x7 5=x5 6=en 7=vee 8=gnd 9=s2 10=s1 11=s0 12=x3 13=x0 14=x1 15=x2 16=vcc"
MUX4_PINS = "1=y0 2=y2 3=ycom 4=y3 5=y1 6=en 7=vee 8=gnd 9=s1 10=s0 11=x3 12=x0 13=xcom 14=x1 15=x2 16=vcc"
RELAY_PINS = "1=coil_p 2=nc1 3=com1 4=no1 7=no2 8=com2 9=nc2 10=coil_n"

R0402 = "Resistor_SMD:R_0402_1005Metric"
R0603 = "Resistor_SMD:R_0603_1608Metric"
C0402 = "Capacitor_SMD:C_0402_1005Metric"
C0603 = "Capacitor_SMD:C_0603_1608Metric"
C0805 = "Capacitor_SMD:C_0805_2012Metric"


def R(ref, val, a, b, mpn, tol="1 %", fp=R0402, mfr="Yageo", cost=0.01, sim=True):
    return part(ref, "R", val, {"1": a, "2": b}, mfr, mpn, fp, cost, tol, SIM_RLC if sim else None)


def C(ref, val, a, b, mpn, tol="10 %", fp=C0402, mfr="Murata", cost=0.02, sim=True):
    return part(ref, "C", val, {"1": a, "2": b}, mfr, mpn, fp, cost, tol, SIM_RLC if sim else None)


# ---- power ----
BLOCK[0] = "POWER: USB-C 5 V, Li-Po charger, power path, switch, 3.3 V digital, 3.3 V analog, -3.3 V charge pump"
part("J1", "USB_C_Receptacle_USB2.0", "USB-C", {"A4": "VBUS", "A5": "CC1", "B5": "CC2", "A6": "USB_DP", "A7": "USB_DN", "A12": "GND", "S1": "GND"},
     "GCT", "USB4105-GF-A", "Connector_USB:USB_C_Receptacle_GCT_USB4105-xx-A_16P_TopMnt_Horizontal", 0.75)
R("R1", "5.1k", "CC1", "GND", "RC0402FR-075K1L", sim=False)
R("R2", "5.1k", "CC2", "GND", "RC0402FR-075K1L", sim=False)
part("U1", "USBLC6-2SC6", "USBLC6-2SC6", {"1": "USB_DP", "6": "USB_DP", "3": "USB_DN", "4": "USB_DN", "5": "VBUS", "2": "GND"},
     "STMicroelectronics", "USBLC6-2SC6", "Package_TO_SOT_SMD:SOT-23-6", 0.25)
C("C1", "4.7u", "VBUS", "GND", "GRM188R61A475KE15D", fp=C0603, sim=False)
part("U2", "MCP73831", "MCP73831-2ACI", {"4": "VBUS", "2": "GND", "3": "VBAT", "5": "CHG_PROG", "1": "CHG_STAT"},
     "Microchip", "MCP73831T-2ACI/OT", "Package_TO_SOT_SMD:SOT-23-5", 0.60)
R("R3", "2.0k", "CHG_PROG", "GND", "RC0402FR-072KL", sim=False)
R("R4", "1k", "VBUS", "CHG_LED", "RC0402FR-071KL", sim=False)
part("D1", "LED", "red", {"1": "CHG_STAT", "2": "CHG_LED"}, "Lite-On", "LTST-C191KRKT", "LED_SMD:LED_0603_1608Metric", 0.05)
C("C2", "4.7u", "VBAT", "GND", "GRM188R61A475KE15D", fp=C0603, sim=False)
part("J2", "Conn_01x02", "LiPo", {"1": "VBAT", "2": "GND"}, "JST", "S2B-PH-K-S", "Connector_JST:JST_PH_S2B-PH-K_1x02_P2.00mm_Horizontal", 0.10)
part("Q1", "PMOS_GSD", "DMG2305UX", {"1": "VBUS", "2": "VSYS", "3": "VBAT"}, "Diodes Inc.", "DMG2305UX-7", "Package_TO_SOT_SMD:SOT-23", 0.12)
R("R5", "100k", "VBUS", "GND", "RC0402FR-07100KL", sim=False)
part("D2", "D", "SS14", {"1": "VSYS", "2": "VBUS"}, "onsemi", "SS14", "Diode_SMD:D_SMA", 0.08)
part("SW1", "SW_SPDT", "power", {"2": "VSYS", "1": "VSW", "3": None}, "C&K", "JS102011SAQN", "Button_Switch_SMD:SW_SPDT_CK_JS102011SAQN", 0.45)
part("U3", "AP2112K-3.3", "AP2112K-3.3", {"1": "VSW", "3": "VSW", "2": "GND", "5": "V3V3", "4": None},
     "Diodes Inc.", "AP2112K-3.3TRG1", "Package_TO_SOT_SMD:SOT-23-5", 0.15)
C("C3", "1u", "VSW", "GND", "GRM155R61A105KE15D", sim=False)
C("C4", "10u", "V3V3", "GND", "GRM188R61A106KE69D", fp=C0603, sim=False)
part("U4", "LP5907-3.3", "LP5907MFX-3.3", {"1": "VSW", "3": "VSW", "2": "GND", "5": "V3V3A", "4": None},
     "Texas Instruments", "LP5907MFX-3.3/NOPB", "Package_TO_SOT_SMD:SOT-23-5", 0.35)
C("C5", "1u", "VSW", "GND", "GRM155R61A105KE15D", sim=False)
C("C6", "1u", "V3V3A", "GND", "GRM155R61A105KE15D", sim=False)
part("U5", "TPS60403", "TPS60403", {"2": "V3V3A", "4": "GND", "5": "CP_FLYP", "3": "CP_FLYN", "1": "VNEG"},
     "Texas Instruments", "TPS60403DBVR", "Package_TO_SOT_SMD:SOT-23-5", 0.70)
C("C7", "1u", "CP_FLYP", "CP_FLYN", "GRM155R61A105KE15D", sim=False)
C("C8", "2.2u", "V3V3A", "GND", "GRM155R61A225KE95D", sim=False)
C("C9", "4.7u", "VNEG", "GND", "GRM188R61A475KE15D", fp=C0603, sim=False)
R("R6", "100k", "VSW", "ADC_VBAT", "RC0402FR-07100KL", sim=False)
R("R7", "100k", "ADC_VBAT", "GND", "RC0402FR-07100KL", sim=False)
C("C10", "100n", "ADC_VBAT", "GND", "GRM155R71C104KA88D", sim=False)
for i, n in enumerate(("GND", "VBUS", "VBAT", "VSYS", "VSW")):
    part("#FLG%02d" % (i + 1), "PWR_FLAG", "PWR_FLAG", {"1": n})

# ---- MCU ----
BLOCK[0] = "MCU: ESP32-WROOM-32, reset, auto-program, buttons, OLED (I2C), battery monitor"
part("U6", "ESP32-WROOM-32", "ESP32-WROOM-32", {
    "2": "V3V3", "1": "GND", "15": "GND", "38": "GND", "39": "GND", "3": "ESP_EN",
    "4": "ADC_SENSE", "5": "ADC_DCMON", "6": "BTN_UP", "7": "BTN_DOWN", "8": "ADC_VBAT", "9": "GAIN_G1",
    "10": "DAC_TONE", "11": "DAC_DITHER", "12": "RLY_LEG2", "13": "GAIN_G0", "14": None, "16": "RLY_R10",
    "17": None, "18": None, "19": None, "20": None, "21": None, "22": None,
    "23": "MUX_A2", "24": "MUX_A0", "25": "BTN_SEL", "26": "RLY_R1", "27": "COM2_RX", "28": "COM2_TX",
    "29": "MUX_A1", "30": "RLY_FORCE", "31": "RLY_LEG0", "32": None, "33": "I2C_SDA", "34": "U0_RXD",
    "35": "U0_TXD", "36": "I2C_SCL", "37": "RLY_LEG1"}, "Espressif", "ESP32-WROOM-32E-N4", "RF_Module:ESP32-WROOM-32", 3.20)
C("C11", "10u", "V3V3", "GND", "GRM188R61A106KE69D", fp=C0603, sim=False)
C("C12", "100n", "V3V3", "GND", "GRM155R71C104KA88D", sim=False)
R("R8", "10k", "V3V3", "ESP_EN", "RC0402FR-0710KL", sim=False)
C("C13", "1u", "ESP_EN", "GND", "GRM155R61A105KE15D", sim=False)
part("Q2", "NPN_BEC", "MMBT3904", {"1": "AR_B1", "2": "U0_RTS", "3": "ESP_EN"}, "onsemi", "MMBT3904LT1G", "Package_TO_SOT_SMD:SOT-23", 0.03)
part("Q3", "NPN_BEC", "MMBT3904", {"1": "AR_B2", "2": "U0_DTR", "3": "BTN_SEL"}, "onsemi", "MMBT3904LT1G", "Package_TO_SOT_SMD:SOT-23", 0.03)
R("R9", "10k", "U0_DTR", "AR_B1", "RC0402FR-0710KL", sim=False)
R("R10", "10k", "U0_RTS", "AR_B2", "RC0402FR-0710KL", sim=False)
for i, (ref, net, sw) in enumerate((("R11", "BTN_UP", "SW2"), ("R12", "BTN_DOWN", "SW3"), ("R13", "BTN_SEL", "SW4"))):
    R(ref, "10k", "V3V3", net, "RC0402FR-0710KL", sim=False)
    part(sw, "SW_Push", ("Up", "Down", "Select/BOOT")[i], {"1": net, "2": "GND"}, "C&K", "PTS526SK15SMTR2LFS", "Button_Switch_SMD:SW_Push_1P1T_NO_CK_PTS125Sx43PSMTR", 0.20)
C("C14", "100n", "BTN_UP", "GND", "GRM155R71C104KA88D", sim=False)
C("C15", "100n", "BTN_DOWN", "GND", "GRM155R71C104KA88D", sim=False)
part("J3", "Conn_01x04", "SSD1306 OLED 128x64", {"1": "GND", "2": "V3V3", "3": "I2C_SCL", "4": "I2C_SDA"},
     "Adafruit", "326", "Connector_PinHeader_2.54mm:PinHeader_1x04_P2.54mm_Vertical", 17.50, note="0.96 in SSD1306 128x64 module, I2C 0x3C")
R("R14", "4.7k", "V3V3", "I2C_SCL", "RC0402FR-074K7L", sim=False)
R("R15", "4.7k", "V3V3", "I2C_SDA", "RC0402FR-074K7L", sim=False)

# ---- USB-UART ----
BLOCK[0] = "USB-UART: CP2105 dual bridge; ECI = COM1 (debugger, flashing, auto-reset), SCI = COM2 (PC logger)"
part("U7", "CP2105", "CP2105", {"4": "USB_DP", "5": "USB_DN", "8": "VBUS", "7": "VBUS", "6": "CP_VDD", "1": "CP_VDD", "2": "GND", "25": "GND",
                                "9": "CP_RST", "21": "U0_RXD", "20": "U0_TXD", "19": "U0_RTS", "22": "U0_DTR", "13": "COM2_RX", "12": "COM2_TX"},
     "Silicon Labs", "CP2105-F01-GMR", "Package_DFN_QFN:QFN-24-1EP_4x4mm_P0.5mm_EP2.6x2.6mm", 2.10)
C("C16", "1u", "VBUS", "GND", "GRM155R61A105KE15D", sim=False)
C("C17", "1u", "CP_VDD", "GND", "GRM155R61A105KE15D", sim=False)
C("C18", "100n", "CP_VDD", "GND", "GRM155R71C104KA88D", sim=False)
R("R16", "4.7k", "CP_VDD", "CP_RST", "RC0402FR-074K7L", sim=False)

# ---- generator ----
BLOCK[0] = "GENERATOR: DAC1 -> 2nd-order Sallen-Key 2 kHz -> AC coupling -> attenuator 30 mV -> buffer (+-3.3 V) -> 2200 uF -> meter node M"
part("U8", "OPA2192", "OPA2192", {"3": "SK_N2", "2": "SK_OUT", "1": "SK_OUT", "5": "GEN_ATT", "6": "GEN_OUT", "7": "GEN_OUT", "8": "V3V3A", "4": "VNEG"},
     "Texas Instruments", "OPA2192IDR", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm", 3.10, sim=SIMLIB("OPA2192", OPA_PINS))
R("R20", "7.32k", "DAC_TONE", "SK_N1", "ERA-2AEB7321X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R21", "3.92k", "SK_N1", "SK_N2", "ERA-2AEB3921X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
C("C20", "22n", "SK_N1", "SK_OUT", "GRM1555C1H223JA01D", tol="5 % C0G", fp=C0402, cost=0.05)
C("C21", "10n", "SK_N2", "GND", "GRM1555C1H103JA01D", tol="5 % C0G", fp=C0402, cost=0.03)
C("C22", "10u", "SK_OUT", "GEN_AC", "GRM21BR71A106KA73L", tol="10 % X7R", fp=C0805, cost=0.08)
R("R22", "10.0k", "GEN_AC", "GEN_ATT", "ERA-2AEB103X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R23", "237", "GEN_ATT", "GND", "ERA-2AEB2370X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
part("C23", "C", "2200u", {"1": "GEN_OUT", "2": "METER_M"}, "Nichicon", "UES1A222MHM", "Capacitor_THT:CP_Radial_D16.0mm_P7.50mm", 1.60,
     "20 % bipolar", SIM_RLC, note="bipolar (non-polar) electrolytic: no polarity at 0 V DC; blocks source DC offset")
R("R24", "100k", "METER_M", "GND", "RC0402FR-07100KL")
C("C24", "100n", "V3V3A", "GND", "GRM155R71C104KA88D", sim=False)
C("C25", "100n", "VNEG", "GND", "GRM155R71C104KA88D", sim=False)

# ---- ranges, force, leg tree ----
BLOCK[0] = "SHUNT RANGES (K1, K2), FORCE RELAY (K3), LEG TREE (K4 root bit2, K5 bit1, K6+K7 bit0), CHECK RESISTOR"
SHUNT = "Susumu"
R("RS1", "1.00", "SH1_TOP", "FORCE_BUS", "RG3216P-1R00-B-T5", tol="0.1 % 50 ppm", fp="Resistor_SMD:R_1206_3216Metric", mfr=SHUNT, cost=0.60)
R("RS2", "10.0", "SH10_TOP", "FORCE_BUS", "RG2012P-100-B-T5", tol="0.1 % 25 ppm", fp="Resistor_SMD:R_0805_2012Metric", mfr=SHUNT, cost=0.45)
R("RS3", "33.0", "SH33_TOP", "FORCE_BUS", "RG2012P-330-B-T5", tol="0.1 % 25 ppm", fp="Resistor_SMD:R_0805_2012Metric", mfr=SHUNT, cost=0.45)
R("RS4", "10.0", "CAL_HI", "GND", "RG2012P-100-B-T5", tol="0.1 % 25 ppm", fp="Resistor_SMD:R_0805_2012Metric", mfr=SHUNT, cost=0.45)
RELAY = dict(mfr="Panasonic", mpn="TQ2SA-3V", fp="Relay_SMD:Relay_DPDT_Panasonic_TQ2SA_SMD", cost=3.40, sim=SIMLIB("TQ2SA_3V", RELAY_PINS))


def relay(ref, coil, c1, nc1, no1, c2, nc2, no2):
    part(ref, "TQ2SA", "TQ2SA-3V", {"1": "V3V3", "10": coil, "3": c1, "2": nc1, "4": no1, "8": c2, "9": nc2, "7": no2}, **RELAY)


relay("K1", "K1_L", "METER_M", "RNG_B", "SH1_TOP", "METER_M", "RNG_B", "SH1_TOP")
relay("K2", "K2_L", "RNG_B", "SH33_TOP", "SH10_TOP", "RNG_B", "SH33_TOP", "SH10_TOP")
relay("K3", "K3_L", "FORCE_BUS", None, "TREE_ROOT", "FORCE_BUS", None, "TREE_ROOT")
relay("K4", "K4_L", "TREE_ROOT", "T0", "T1", "TREE_ROOT", "T0", "T1")
relay("K5", "K5_L", "T0", "T00", "T01", "T1", "T10", "T11")
relay("K6", "K6_L", "T00", None, "F_SE_TIP", "T01", "F_SE_RING", "F_BAL_LP")
relay("K7", "K7_L", "T10", "F_BAL_LM", "F_BAL_RP", "T11", "F_BAL_RM", "CAL_HI")
DRIVERS = (("Q4", "K1_L", "RLY_R1"), ("Q5", "K2_L", "RLY_R10"), ("Q6", "K3_L", "RLY_FORCE"), ("Q7", "K4_L", "RLY_LEG2"),
           ("Q8", "K5_L", "RLY_LEG1"), ("Q9", "K6_L", "RLY_LEG0"), ("Q10", "K7_L", "RLY_LEG0"))
for i, (q, coil, gate) in enumerate(DRIVERS):
    part(q, "NMOS_GSD", "AO3400A", {"1": gate, "2": "GND", "3": coil}, "Alpha & Omega", "AO3400A", "Package_TO_SOT_SMD:SOT-23", 0.05,
         sim=SIMLIB("AO3400A", "1=g 2=s 3=d"))
    part("D%d" % (3 + i), "D", "1N4148W", {"1": "V3V3", "2": coil}, "Diodes Inc.", "1N4148W-7-F", "Diode_SMD:D_SOD-123", 0.03,
         sim=SIMLIB("D_1N4148W", "1=k 2=a"))
for i, gate in enumerate(("RLY_R1", "RLY_R10", "RLY_FORCE", "RLY_LEG2", "RLY_LEG1", "RLY_LEG0")):
    R("R%d" % (25 + i), "100k", gate, "GND", "RC0402FR-07100KL")

# ---- fixture connectors ----
BLOCK[0] = "FIXTURE: Kelvin pigtails (force F_*, sense S_*), 3.5 mm TRS and 4.4 mm 5-pole plugs"
part("J4", "Conn_01x06", "3.5mm pigtail", {"1": "F_SE_TIP", "2": "S_SE_TIP", "3": "F_SE_RING", "4": "S_SE_RING", "5": "GND", "6": "S_SE_SLV"},
     "JST", "SM06B-GHS-TB", "Connector_JST:JST_GH_SM06B-GHS-TB_1x06-1MP_P1.25mm_Horizontal", 0.45)
part("J5", "Conn_01x10", "4.4mm pigtail", {"1": "F_BAL_LP", "2": "S_BAL_LP", "3": "F_BAL_LM", "4": "S_BAL_LM", "5": "F_BAL_RP",
                                            "6": "S_BAL_RP", "7": "F_BAL_RM", "8": "S_BAL_RM", "9": "GND", "10": "S_BAL_GND"},
     "JST", "SM10B-GHS-TB", "Connector_JST:JST_GH_SM10B-GHS-TB_1x10-1MP_P1.25mm_Horizontal", 0.60)

# ---- sense ----
BLOCK[0] = "SENSE: 1 k protection -> per-input AC coupling 2.8 Hz -> Kelvin mux hi/lo (CD74HC4051) -> INA828 G=30 -> ladder x1/x4/x16 -> 3 kHz RC -> ADC1 (bias 1.30 V)"
# Every sense input has its own AC coupling (56 nF + 1 MOhm to ground) between the 1 k protection
# and the mux, so each coupling capacitor sits at its own input's DC level all the time and a mux
# switch does not start a high-pass transient (finding H1, docs/measurement.md section 4). The
# INA828 inputs take their DC path through the selected channel's 1 MOhm (the muxes are always
# enabled; break-before-make leaves them open for nanoseconds only). (protection R, input net,
# protected DC node, coupling C, bias R, mux node); the DC monitor mux U14 reads the DC nodes.
SENSE_IN = (("R31", "METER_M", "MXH0_DC", "C30", "R42", "MXH0"), ("R32", "S_SE_TIP", "MXH1_DC", "C31", "R43", "MXH1"),
            ("R33", "S_SE_RING", "MXH2_DC", "C37", "R57", "MXH2"), ("R34", "S_BAL_LP", "MXH3_DC", "C38", "R58", "MXH3"),
            ("R35", "S_BAL_LM", "MXH4_DC", "C39", "R59", "MXH4"), ("R36", "S_BAL_RP", "MXH5_DC", "C40", "R60", "MXH5"),
            ("R37", "S_BAL_RM", "MXH6_DC", "C41", "R61", "MXH6"), ("R38", "CAL_HI", "MXH7_DC", "C42", "R62", "MXH7"),
            ("R40", "S_SE_SLV", "MXL_SE_DC", "C43", "R63", "MXL_SE"), ("R41", "S_BAL_GND", "MXL_BAL_DC", "C44", "R64", "MXL_BAL"))
for rp, a, dc, cc, rb, mx in SENSE_IN:
    R(rp, "1k", a, dc, "RC0402FR-071KL")
    C(cc, "56n", dc, mx, "ECH-U1H563JX5", tol="5 % PPS film", fp="Capacitor_SMD:C_0805_2012Metric", mfr="Panasonic", cost=0.25)
    R(rb, "1Meg", mx, "GND", "RC0402FR-071ML")
# the analog-ground lo input carries no DC and no step: it needs no coupling capacitor
R("R39", "1k", "GND", "MXL_AG", "RC0402FR-071KL")
part("U9", "CD74HC4051", "CD74HC4051", {"13": "MXH0", "14": "MXH1", "15": "MXH2", "12": "MXH3", "1": "MXH4", "5": "MXH5", "2": "MXH6", "4": "MXH7",
                                        "11": "MUX_A0", "10": "MUX_A1", "9": "MUX_A2", "6": "GND", "3": "INA_P", "16": "V3V3A", "7": "VNEG", "8": "GND"},
     "Texas Instruments", "CD74HC4051M96", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", 0.35, sim=SIMLIB("CD74HC4051", MUX8_PINS))
part("U10", "CD74HC4051", "CD74HC4051", {"13": "MXL_AG", "14": "MXL_SE", "15": "MXL_SE", "12": "MXL_BAL", "1": "MXL_BAL", "5": "MXL_BAL", "2": "MXL_BAL", "4": "MXL_AG",
                                         "11": "MUX_A0", "10": "MUX_A1", "9": "MUX_A2", "6": "GND", "3": "INA_N", "16": "V3V3A", "7": "VNEG", "8": "GND"},
     "Texas Instruments", "CD74HC4051M96", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", 0.35, sim=SIMLIB("CD74HC4051", MUX8_PINS))
# DC monitor mux: same address as the hi mux, reads the selected input's protected DC node
part("U14", "CD74HC4051", "CD74HC4051", {"13": "MXH0_DC", "14": "MXH1_DC", "15": "MXH2_DC", "12": "MXH3_DC", "1": "MXH4_DC", "5": "MXH5_DC", "2": "MXH6_DC",
                                         "4": "MXH7_DC", "11": "MUX_A0", "10": "MUX_A1", "9": "MUX_A2", "6": "GND", "3": "DCMON_IN", "16": "V3V3A", "7": "VNEG", "8": "GND"},
     "Texas Instruments", "CD74HC4051M96", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", 0.35, sim=SIMLIB("CD74HC4051", MUX8_PINS))
C("C45", "100n", "V3V3A", "GND", "GRM155R71C104KA88D", sim=False)
# Buffer between U14 and the DC monitor divider: without it the divider's ~1.3 uA would flow
# through the selected input's 1 k whenever U14 selects it, a 1.3 mV DC step at that coupling
# capacitor (x30 = 39 mV at the ADC, decaying with 56 ms) on every mux switch. Half B is unused
# (follower at ground).
part("U15", "OPA2192", "OPA2192", {"3": "DCMON_IN", "2": "DCMON_BUF", "1": "DCMON_BUF", "5": "GND", "6": "U15_OUTB", "7": "U15_OUTB", "8": "V3V3A", "4": "VNEG"},
     "Texas Instruments", "OPA2192IDR", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm", 3.10, sim=SIMLIB("OPA2192", OPA_PINS))
C("C46", "100n", "V3V3A", "GND", "GRM155R71C104KA88D", sim=False)
C("C47", "100n", "VNEG", "GND", "GRM155R71C104KA88D", sim=False)
part("U11", "INA828", "INA828", {"3": "INA_P", "2": "INA_N", "8": "RG_P", "1": "RG_N", "5": "VBIAS", "7": "V3V3A", "4": "VNEG", "6": "INA_OUT"},
     "Texas Instruments", "INA828IDR", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm", 4.20, sim=SIMLIB("INA828", INA_PINS))
R("R44", "1.72k", "RG_P", "RG_N", "ERA-2AEB1721X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
part("U12", "OPA2192", "OPA2192", {"3": "INA_OUT", "2": "GTAP", "1": "AMP_OUT", "5": "VBIAS_DIV", "6": "VBIAS", "7": "VBIAS", "8": "V3V3A", "4": "VNEG"},
     "Texas Instruments", "OPA2192IDR", "Package_SO:SOIC-8_3.9x4.9mm_P1.27mm", 3.10, sim=SIMLIB("OPA2192", OPA_PINS))
R("R45", "12.0k", "AMP_OUT", "TAP4", "ERA-2AEB123X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R46", "3.00k", "TAP4", "TAP16", "ERA-2AEB302X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R47", "1.00k", "TAP16", "VBIAS", "ERA-2AEB102X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
part("U13", "CD74HC4052", "CD74HC4052", {"12": "AMP_OUT", "14": "TAP4", "15": "TAP16", "11": "AMP_OUT", "1": "GND", "5": "GND", "2": "GND", "4": "GND",
                                         "10": "GAIN_G0", "9": "GAIN_G1", "6": "GND", "13": "GTAP", "3": "GND", "16": "V3V3A", "7": "VNEG", "8": "GND"},
     "Texas Instruments", "CD74HC4052M96", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", 0.35, sim=SIMLIB("CD74HC4052", MUX4_PINS))
R("R48", "100k", "GAIN_G0", "GND", "RC0402FR-07100KL")
R("R49", "100k", "GAIN_G1", "GND", "RC0402FR-07100KL")
R("R50", "20.0k", "V3V3A", "VBIAS_DIV", "ERA-2AEB203X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R51", "13.0k", "VBIAS_DIV", "GND", "ERA-2AEB133X", tol="0.1 % 25 ppm", mfr="Panasonic", cost=0.15)
R("R52", "649k", "DAC_DITHER", "VBIAS_DIV", "RC0402FR-07649KL")
C("C32", "1u", "VBIAS_DIV", "GND", "GRM155R61A105KE15D")
R("R53", "1.13k", "AMP_OUT", "ADC_SENSE", "RC0402FR-071K13L")
C("C33", "47n", "ADC_SENSE", "GND", "GRM155R71C473KA01D", tol="10 % X7R")
part("D10", "BAT54S", "BAT54S", {"1": "GND", "2": "V3V3", "3": "ADC_SENSE"}, "Nexperia", "BAT54S,215", "Package_TO_SOT_SMD:SOT-23", 0.05,
     sim=SIMLIB("BAT54S", "1=a1 2=k2 3=mid"))
R("R54", "1Meg", "DCMON_BUF", "ADC_DCMON", "RC0402FR-071ML")
R("R55", "845k", "V3V3A", "ADC_DCMON", "RC0402FR-07845KL")
R("R56", "1.21Meg", "ADC_DCMON", "GND", "RC0402FR-071M21L")
C("C34", "100n", "ADC_DCMON", "GND", "GRM155R71C104KA88D")
part("D11", "BAT54S", "BAT54S", {"1": "GND", "2": "V3V3", "3": "ADC_DCMON"}, "Nexperia", "BAT54S,215", "Package_TO_SOT_SMD:SOT-23", 0.05,
     sim=SIMLIB("BAT54S", "1=a1 2=k2 3=mid"))
C("C35", "100n", "V3V3A", "GND", "GRM155R71C104KA88D", sim=False)
C("C36", "100n", "VNEG", "GND", "GRM155R71C104KA88D", sim=False)


# ----------------------------------------------------------------------------------------------
# Placement and output
# ----------------------------------------------------------------------------------------------
def snap(v):
    return round(v / G) * G


def place():
    """Places blocks top to bottom, parts left to right; returns list of (part, x, y)."""
    out, texts = [], []
    x0, y, page_w = 25.4, 30.48, 1150.0
    blocks = []
    for p in PARTS:
        if not blocks or blocks[-1][0] != p.block:
            blocks.append((p.block, []))
        blocks[-1][1].append(p)
    for title, parts in blocks:
        texts.append((title, x0, y))
        y += 12.7
        x, row_h = x0 + 30.48, 0.0
        for p in parts:
            s = SYMS[p.symbol]
            if s.kind == "two":
                w, h = 15.24, 66.04
            elif s.kind == "flag":
                w, h = 15.24, 30.48
            else:
                w, h = (s.box[2] - s.box[0]) + 71.12, (s.box[1] - s.box[3]) + 20.32
            if x + w > page_w:
                x, y, row_h = x0 + 30.48, y + row_h, 0.0
            cx = snap(x + w / 2)
            cy = snap(y + (h / 2 if s.kind != "flag" else 15.24))
            out.append((p, cx, cy))
            x += w
            row_h = max(row_h, h)
        y += row_h + 7.62
    return out, texts, y


def label(net, x, y, ang, key):
    just = {0: "left", 180: "right", 90: "left", 270: "right"}[ang]
    return '(global_label "%s" (shape passive) (at %s %s %d) (fields_autoplaced yes) %s (uuid "%s") %s)' % (
        net, fmt(x), fmt(y), ang, eff(justify=just), uid("lbl", key),
        '(property "Intersheetrefs" "${INTERSHEET_REFS}" (at %s %s 0) %s)' % (fmt(x), fmt(y), eff(hide=True)))


def build():
    placed, texts, height = place()
    items, bom = [], []
    for p, cx, cy in placed:
        s = SYMS[p.symbol]
        pins = []
        for num, _name, _typ, _side in s.pins:
            net = p.nets.get(num, "UNLISTED")
            if net == "UNLISTED":
                raise SystemExit("%s pin %s has no net" % (p.ref, num))
            x, y, a = s.pos[num]
            if s.kind == "two":
                y = 3 * G if y > 0 else -3 * G
            px, py = cx + x, cy - y
            key = (p.ref, num)
            if net is None:
                items.append('(no_connect (at %s %s) (uuid "%s"))' % (fmt(px), fmt(py), uid("nc", *key)))
            elif s.kind == "flag":
                items.append(label(net, px, py, 270, key))
            else:
                ang = {0: 180, 180: 0, 270: 90, 90: 270}[a]
                items.append(label(net, px, py, ang, key))
            pins.append('(pin "%s" (uuid "%s"))' % (num, uid("pin", *key)))
        fields = [prop("Reference", p.ref, cx + s.box[2] + 1.27, cy + s.box[3] - 2.54 if s.kind == "box" else cy - 1.27, justify="left"),
                  prop("Value", p.value, cx + s.box[2] + 1.27, cy + s.box[3] - 5.08 if s.kind == "box" else cy + 1.27, justify="left"),
                  prop("Footprint", p.fp, cx, cy, True), prop("Datasheet", "~", cx, cy, True), prop("Description", s.desc, cx, cy, True)]
        for k, v in (("Manufacturer", p.mfr), ("MPN", p.mpn), ("Tolerance", p.tol)):
            if v:
                fields.append(prop(k, v, cx, cy, True))
        if p.sim:
            for k, v in p.sim.items():
                fields.append(prop(k, v, cx, cy, True))
        excluded = "yes" if p.sim is None else "no"
        flag = p.symbol == "PWR_FLAG"
        items.append('(symbol (lib_id "%s:%s") (at %s %s 0) (unit 1) (exclude_from_sim %s) (in_bom %s) (on_board %s) (dnp no) (uuid "%s") %s %s '
                     '(instances (project "%s" (path "/%s" (reference "%s") (unit 1)))))' % (
                         LIB, p.symbol, fmt(cx), fmt(cy), excluded, "no" if flag else "yes", "no" if flag else "yes", uid("sym", p.ref),
                         " ".join(fields), " ".join(pins), PROJECT, ROOT, p.ref))
        if not flag:
            bom.append(p)
    for i, (t, x, y) in enumerate(texts):
        items.append('(text "%s" (exclude_from_sim no) (at %s %s 0) (effects (font (size 2.54 2.54) (thickness 0.508) bold) (justify left bottom)) (uuid "%s"))' % (
            t, fmt(x), fmt(y), uid("text", i)))
    used = sorted({p.symbol for p in PARTS})
    libs = "\n".join(SYMS[n].lib() for n in used)
    sch = ('(kicad_sch (version 20250114) (generator "eeschema") (generator_version "9.0") (uuid "%s") (paper "User" 1189 %s)\n'
           '(title_block (title "ImpedanceMeter - headphone source output impedance tester") (rev "A") '
           '(comment 1 "Generated by hardware/tools/gen_schematic.py from one part list; do not edit by hand")'
           '(comment 2 "Front-end constants: hardware/frontend.json; SPICE benches: hardware/spice"))\n'
           '(lib_symbols\n%s)\n%s\n(sheet_instances (path "/" (page "1")))\n(embedded_fonts no))\n') % (
        ROOT, fmt(max(420.0, snap(height + 20))), libs, "\n".join(items))
    with open(os.path.join(HW, PROJECT + ".kicad_sch"), "w") as f:
        f.write(sch)
    write_library(used)
    write_bom(bom)


def write_library(used):
    """Project-local symbol library (same symbols as the embedded ones) and its table, so KiCad
    resolves the IM: library and the schematic stays editable with the symbol editor."""
    body = "\n".join(SYMS[n].lib().replace('(symbol "%s:%s"' % (LIB, n), '(symbol "%s"' % n, 1) for n in used)
    with open(os.path.join(HW, PROJECT + ".kicad_sym"), "w") as f:
        f.write('(kicad_symbol_lib (version 20241209) (generator "gen_schematic") (generator_version "9.0")\n%s)\n' % body)
    with open(os.path.join(HW, "sym-lib-table"), "w") as f:
        f.write('(sym_lib_table\n  (version 7)\n  (lib (name "%s")(type "KiCad")(uri "${KIPRJMOD}/%s.kicad_sym")(options "")(descr "ImpedanceMeter symbols"))\n)\n' % (LIB, PROJECT))


def write_bom(bom):
    groups = {}
    for p in bom:
        key = (p.value, p.tol, p.mfr, p.mpn, p.fp)
        groups.setdefault(key, []).append(p)

    def refkey(r):
        head = r.rstrip("0123456789")
        return (head, int(r[len(head):]))

    rows = []
    for (value, tol, mfr, mpn, fp), ps in groups.items():
        refs = sorted((p.ref for p in ps), key=refkey)
        note = "; ".join(sorted({p.note for p in ps if p.note}))
        rows.append((refs, value, tol, mfr, mpn, fp, len(ps), ps[0].cost, note))
    rows.sort(key=lambda r: refkey(r[0][0]))
    total = 0.0
    with open(os.path.join(HW, "BOM.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Reference", "Value", "Tolerance/TCR", "Manufacturer", "MPN", "Footprint", "Quantity", "UnitCostUSD", "Note"])
        for refs, value, tol, mfr, mpn, fp, qty, cost, note in rows:
            w.writerow([" ".join(refs), value, tol, mfr, mpn, fp, qty, "%.2f" % cost, note])
            total += qty * cost
    print("BOM lines: %d, parts: %d, total ~ USD %.2f" % (len(rows), len(bom), total))


def render_svg():
    """Renders the committed schematic SVG for readers (needs kicad-cli; skipped without it)."""
    import shutil
    import subprocess
    if shutil.which("kicad-cli"):
        subprocess.run(["kicad-cli", "sch", "export", "svg", "-o", ".", PROJECT + ".kicad_sch"], cwd=HW, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        print("kicad-cli not found: impedancemeter.svg not refreshed")


if __name__ == "__main__":
    build()
    render_svg()
