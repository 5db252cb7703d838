"""The standard address tables the halves share: USPS Publication 28 (Postal Addressing Standards).

They are published standards, not phrasings, so a half reads them from here instead of typing them again
(v5 typed the C1 table; v6-v8 typed the directionals and highway forms the same way; v7 and v8 the same C2
designators and weights, which v9-v13 read through ``v8/words.py``). A half's own word lists (its everyday
suffixes, street words, spelling words, providers) stay in its ``words.py``. Moving the tables here left every
half's ``.jsonl`` byte-identical.
"""

from __future__ import annotations

# USPS Pub. 28 Appendix C1: primary street suffix name -> standard abbreviation (the full table)
USPS_C1 = """Alley Aly|Anex Anx|Arcade Arc|Avenue Ave|Bayou Byu|Beach Bch|Bend Bnd|Bluff Blf|Bluffs Blfs|Bottom Btm|
Boulevard Blvd|Branch Br|Bridge Brg|Brook Brk|Brooks Brks|Burg Bg|Burgs Bgs|Bypass Byp|Camp Cp|Canyon Cyn|Cape Cpe|
Causeway Cswy|Center Ctr|Centers Ctrs|Circle Cir|Circles Cirs|Cliff Clf|Cliffs Clfs|Club Clb|Common Cmn|
Commons Cmns|Corner Cor|Corners Cors|Course Crse|Court Ct|Courts Cts|Cove Cv|Coves Cvs|Creek Crk|Crescent Cres|
Crest Crst|Crossing Xing|Crossroad Xrd|Crossroads Xrds|Curve Curv|Dale Dl|Dam Dm|Divide Dv|Drive Dr|Drives Drs|
Estate Est|Estates Ests|Expressway Expy|Extension Ext|Extensions Exts|Falls Fls|Ferry Fry|Field Fld|Fields Flds|
Flat Flt|Flats Flts|Ford Frd|Fords Frds|Forest Frst|Forge Frg|Forges Frgs|Fork Frk|Forks Frks|Fort Ft|Freeway Fwy|
Garden Gdn|Gardens Gdns|Gateway Gtwy|Glen Gln|Glens Glns|Green Grn|Greens Grns|Grove Grv|Groves Grvs|Harbor Hbr|
Harbors Hbrs|Haven Hvn|Heights Hts|Highway Hwy|Hill Hl|Hills Hls|Hollow Holw|Inlet Inlt|Island Is|Islands Iss|
Isle Isle|Junction Jct|Junctions Jcts|Key Ky|Keys Kys|Knoll Knl|Knolls Knls|Lake Lk|Lakes Lks|Land Land|
Landing Lndg|Lane Ln|Light Lgt|Lights Lgts|Loaf Lf|Lock Lck|Locks Lcks|Lodge Ldg|Loop Loop|Mall Mall|Manor Mnr|
Manors Mnrs|Meadow Mdw|Meadows Mdws|Mews Mews|Mill Ml|Mills Mls|Mission Msn|Motorway Mtwy|Mount Mt|Mountain Mtn|
Mountains Mtns|Neck Nck|Orchard Orch|Oval Oval|Overpass Opas|Park Park|Parkway Pkwy|Pass Pass|Passage Psge|
Path Path|Pike Pike|Pine Pne|Pines Pnes|Place Pl|Plain Pln|Plains Plns|Plaza Plz|Point Pt|Points Pts|Port Prt|
Ports Prts|Prairie Pr|Radial Radl|Ramp Ramp|Ranch Rnch|Rapid Rpd|Rapids Rpds|Rest Rst|Ridge Rdg|Ridges Rdgs|
River Riv|Road Rd|Roads Rds|Route Rte|Row Row|Rue Rue|Run Run|Shoal Shl|Shoals Shls|Shore Shr|Shores Shrs|
Skyway Skwy|Spring Spg|Springs Spgs|Spur Spur|Square Sq|Squares Sqs|Station Sta|Stravenue Stra|Stream Strm|
Street St|Streets Sts|Summit Smt|Terrace Ter|Throughway Trwy|Trace Trce|Track Trak|Trafficway Trfy|Trail Trl|
Trailer Trlr|Tunnel Tunl|Turnpike Tpke|Underpass Upas|Union Un|Unions Uns|Valley Vly|Valleys Vlys|Viaduct Via|
View Vw|Views Vws|Village Vlg|Villages Vlgs|Ville Vl|Vista Vis|Walk Walk|Wall Wall|Way Way|Ways Ways|Well Wl|
Wells Wls"""
USPS_SUFFIXES: list[tuple[str, str]] = [
    (p.split()[0], p.split()[1]) for p in USPS_C1.replace("\n", "").split("|")
]
SUFFIX_ABBR = dict(USPS_SUFFIXES)

# Pub. 28 C2 designators that take a number, and how often a caller says each (v7's weights, which v8-v13 use;
# v5 and v6 weigh their own)
UNITS_C2 = [("Apartment", "APT", 30), ("Unit", "UNIT", 18), ("Suite", "STE", 12), ("Lot", "LOT", 7),
            ("Building", "BLDG", 6), ("Floor", "FL", 3), ("Room", "RM", 3), ("Space", "SPC", 4),
            ("Trailer", "TRLR", 3), ("Department", "DEPT", 2), ("Pier", "PIER", 1), ("Hangar", "HNGR", 1),
            ("Slip", "SLIP", 2)]  # fmt: skip
# Pub. 28 directionals: what is said -> the standard abbreviation
DIRECTIONS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W"), ("Northeast", "NE"),
              ("Northwest", "NW"), ("Southeast", "SE"), ("Southwest", "SW")]  # fmt: skip
# highway addresses (Pub. 28 2.26-2.27): what is said -> the standardized words
HIGHWAYS = [("State Highway", "State Hwy"), ("US Highway", "US Hwy"), ("County Road", "County Road"),
            ("State Route", "State Rte"), ("Farm to Market Road", "FM"), ("Highway", "Hwy")]  # fmt: skip
