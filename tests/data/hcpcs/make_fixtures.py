#!/usr/bin/env python3
"""Writes the HCPCS alpha-numeric (ANWEB) fixtures of tests/data/hcpcs from the entries typed below.

The fixtures are committed; run this again after editing an entry (python3 make_fixtures.py). Codes and
descriptions are HCPCS Level II (public CMS data) typed by hand, some shortened or invented; nothing is
copied from a CMS file. The columns are those of the CMS record layout (HCPCS18_recordlayout.txt),
written out here independently of the importer's table so that the tests check one against the other.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# attribute -> (first column, length), 1-based as in the CMS layout.
FIELDS = {
    "pricing_indicator_1": (120, 2), "pricing_indicator_2": (122, 2), "pricing_indicator_3": (124, 2),
    "pricing_indicator_4": (126, 2), "multiple_pricing_indicator": (128, 1),
    "cim_reference_1": (129, 6), "cim_reference_2": (135, 6), "cim_reference_3": (141, 6),
    "mcm_reference_1": (147, 8), "mcm_reference_2": (155, 8), "mcm_reference_3": (163, 8),
    "statute": (171, 10),
    "lab_certification_1": (181, 3), "lab_certification_2": (184, 3), "lab_certification_3": (187, 3),
    "lab_certification_4": (190, 3), "lab_certification_5": (193, 3), "lab_certification_6": (196, 3),
    "lab_certification_7": (199, 3), "lab_certification_8": (202, 3),
    "cross_reference_1": (205, 5), "cross_reference_2": (210, 5), "cross_reference_3": (215, 5),
    "cross_reference_4": (220, 5), "cross_reference_5": (225, 5),
    "coverage": (230, 1), "asc_payment_group": (231, 2), "asc_effective_date": (233, 8),
    "mog_payment_group": (241, 3), "mog_payment_policy_indicator": (244, 1), "mog_effective_date": (245, 8),
    "processing_note": (253, 4), "betos": (257, 3),
    "type_of_service_1": (261, 1), "type_of_service_2": (262, 1), "type_of_service_3": (263, 1),
    "type_of_service_4": (264, 1), "type_of_service_5": (265, 1),
    "anesthesia_base_units": (266, 3), "add_date": (269, 8), "action_effective_date": (277, 8),
    "termination_date": (285, 8), "action_code": (293, 1),
}
RIGHT_ALIGNED = {"anesthesia_base_units"}


def put(line, first, text, length=None):
    length = len(text) if length is None else length
    assert len(text) <= length, (text, length)
    line[first - 1:first - 1 + len(text)] = list(text)


def wrap(text, width=80):
    """Splits a long description at blanks into lines of at most 80 characters, as CMS does."""
    lines, current = [], ""
    for word in text.split(" "):
        candidate = word if not current else current + " " + word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def entry(code, long, short, fields=None, modifier=False, short_continuations=False):
    """The lines of one code: its first line (record id 3 or 7) and its continuation lines (4 or 8)."""
    fields = dict(fields or {})
    if not modifier and "anesthesia_base_units" not in fields:
        fields["anesthesia_base_units"] = "0"
    out = []
    for index, part in enumerate(wrap(long)):
        first = index == 0
        line = [" "] * 320
        put(line, 4 if modifier else 1, code)
        put(line, 6, "%05d" % (100 * (index + 1)))
        put(line, 11, ("7" if first else "8") if modifier else ("3" if first else "4"))
        put(line, 12, part, 80)
        if first:
            put(line, 92, short, 28)
            for name, value in fields.items():
                start, length = FIELDS[name]
                if name in RIGHT_ALIGNED:
                    value = value.rjust(length)
                put(line, start, value, length)
        text = "".join(line)
        if not first and short_continuations:
            text = text[:91]
        out.append(text)
    return out


def admin(add, effective, action, **more):
    fields = {"add_date": add, "action_effective_date": effective, "action_code": action}
    fields.update(more)
    return fields


def write(name, lines, eol="\r\n", final_newline=True, encoding="latin-1"):
    data = eol.join(lines) + (eol if final_newline and lines else "")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data.encode(encoding))


def write_zip(name, members):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members:
            info = zipfile.ZipInfo(member, date_time=(2017, 11, 6, 9, 56, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


DISCLAIMER = [
    "***Notes (a test fixture written for codeset)",
    "",
    "-- Codes that were discontinued stay listed here, with their termination date, for a few years after they "
    "end, so that older claims can still be processed. ",
    "   Then they are dropped.  ",
    "",
    "-- Being listed in this file says nothing about whether a payer covers the item or service.  ",
    "",
    "",
]

GENERAL_DME = {"pricing_indicator_1": "32", "multiple_pricing_indicator": "A", "coverage": "C", "betos": "D1D",
               "type_of_service_1": "P"}

# Every attribute of the layout, on one record.
ALL_FIELDS = {
    "pricing_indicator_1": "11", "pricing_indicator_2": "13", "pricing_indicator_3": "21",
    "pricing_indicator_4": "57", "multiple_pricing_indicator": "B",
    "cim_reference_1": "60-9", "cim_reference_2": "65-10", "cim_reference_3": "35-74",
    "mcm_reference_1": "2049", "mcm_reference_2": "2130", "mcm_reference_3": "4450",
    "statute": "1861S2K",
    "lab_certification_1": "010", "lab_certification_2": "100", "lab_certification_3": "110",
    "lab_certification_4": "115", "lab_certification_5": "120", "lab_certification_6": "130",
    "lab_certification_7": "140", "lab_certification_8": "150",
    "cross_reference_1": "G0104", "cross_reference_2": "G0106", "cross_reference_3": "G0120",
    "cross_reference_4": "G0121", "cross_reference_5": "G0122",
    "coverage": "D", "asc_payment_group": "YY", "asc_effective_date": "19980101",
    "mog_payment_group": "429", "mog_payment_policy_indicator": "1", "mog_effective_date": "20080101",
    "processing_note": "0064", "betos": "P8D",
    "type_of_service_1": "2", "type_of_service_2": "F", "type_of_service_3": "1", "type_of_service_4": "4",
    "type_of_service_5": "5", "anesthesia_base_units": "5",
}


def release_2017(short_continuations=True):
    """CY2017: the annual file as CMS wrote it in 2017 (continuation lines end after column 91)."""
    e = lambda *a, **k: entry(*a, short_continuations=short_continuations, **k)  # noqa: E731
    lines = []
    lines += e("AA", "Anesthesia services performed personally by anesthesiologist", "Anesthesia perf by anesgst",
               admin("19840101", "20010101", "N", mcm_reference_1="3350.5", coverage="D"), modifier=True)
    lines += e("AD", "Medical supervision by a physician: more than four concurrent anesthesia procedures",
               "Md supervision, >4 anes proc", admin("19840101", "20010101", "N", coverage="D"), modifier=True)
    lines += e("Z9", "Invented modifier discontinued at the end of 2017", "Invented modifier z9",
               admin("20100101", "20100101", "N", coverage="C"), modifier=True)
    lines += e("A0021", "Ambulance service, outside state per mile, transport (medicaid only)",
               "Outside state ambulance serv",
               admin("19920101", "19920101", "N", pricing_indicator_1="00", multiple_pricing_indicator="9",
                     coverage="I", betos="O1A", type_of_service_1="D"))
    lines += e("A4206", "Syringe with needle, sterile, 1 cc or less, each", "1 cc sterile syringe&needle",
               admin("19850101", "20080101", "N", pricing_indicator_1="00", multiple_pricing_indicator="9",
                     coverage="C", betos="D1A", type_of_service_1="S"))
    lines += e("G0105", "Colorectal cancer screening; colonoscopy on individual at high risk",
               "Colorectal scrn; hi risk ind",
               admin("19980101", "19980101", "N", **ALL_FIELDS))
    lines += e("G0202", "Screening mammography, producing direct digital image, bilateral, all views",
               "Scr mammo bi incl cad",
               admin("20010401", "20010401", "N", pricing_indicator_1="13", multiple_pricing_indicator="A",
                     coverage="C", betos="I1C", type_of_service_1="1"))
    lines += e("G0364", "Bone marrow aspiration performed with bone marrow biopsy through the same incision on "
               "the same date of service", "Bone marrow aspirate &biopsy",
               admin("20050101", "20050101", "N", pricing_indicator_1="11", multiple_pricing_indicator="A",
                     coverage="C", betos="P6C", type_of_service_1="2"))
    lines += e("G0365", "Vessel mapping of vessels for hemodialysis access", "Vessel mapping hemo access",
               admin("20050101", "20160101", "D", pricing_indicator_1="11", multiple_pricing_indicator="A",
                     coverage="C", betos="I1C", type_of_service_1="4", termination_date="20151231"))
    lines += e("G0480", "Drug test(s), definitive, invented short form, per day, 1-7 drug class(es)",
               "Drug test def 1-7 classes",
               admin("20160101", "20160101", "N", pricing_indicator_1="21", multiple_pricing_indicator="A",
                     coverage="C", betos="T1H", type_of_service_1="5", lab_certification_1="310"))
    lines += e("G0481", "Drug test(s), definitive, invented short form, per day, 8-14 drug class(es)",
               "Drug test def 8-14 classes",
               admin("20160101", "20160101", "N", pricing_indicator_1="21", multiple_pricing_indicator="A",
                     coverage="C", betos="T1H", type_of_service_1="5"))
    lines += e("G0499", "Hepatitis b screening in non-pregnant, high risk individual includes hepatitis b "
               "surface antigen (hbsag) followed by a neutralizing confirmatory test for initially reactive "
               "results, and antibodies to hbsag (anti-hbs) and hepatitis b core antigen (anti-hbc)",
               "Hepb screen high risk indiv",
               admin("20160928", "20160928", "N", pricing_indicator_1="13", multiple_pricing_indicator="A",
                     coverage="C", betos="T1H", type_of_service_1="5"))
    lines += e("G0500", "Moderate sedation services provided by the same physician performing a gastrointestinal "
               "endoscopic service", "Mod sedat endo service >5yrs",
               admin("20170101", "20170101", "A", pricing_indicator_1="11", multiple_pricing_indicator="A",
                     coverage="C", betos="P9A", type_of_service_1="2"))
    lines += e("G9142", "Influenza a (h1n1) vaccine, any route of administration", "Influenza a h1n1 vaccine",
               admin("20091001", "20091001", "D", pricing_indicator_1="54", multiple_pricing_indicator="A",
                     coverage="C", betos="O1D", type_of_service_1="V", termination_date="20151231"))
    lines += e("G9143", "Warfarin responsiveness testing by genetic technique using any method, any number of "
               "specimen(s)", "Warfarin genotyping",
               admin("20090801", "20090801", "N", pricing_indicator_1="21", multiple_pricing_indicator="A",
                     coverage="D", betos="T1H", type_of_service_1="5"))
    lines += e("J0129", "Injection, abatacept, 10 mg (code may be used for medicare when drug administered under "
               "the direct supervision of a physician, not for use when drug is self administered)",
               "Abatacept injection",
               admin("20070101", "20120101", "N", pricing_indicator_1="00", multiple_pricing_indicator="9",
                     coverage="C", asc_payment_group="YY", asc_effective_date="20080101", betos="O1E",
                     type_of_service_1="1", type_of_service_2="P"))
    lines += e("J1745", "Injection, infliximab, excludes biosimilar, 10 mg", "Infliximab excl biosimilar",
               admin("20000101", "20170101", "N", pricing_indicator_1="51", multiple_pricing_indicator="A",
                     mcm_reference_1="2049", coverage="D", asc_payment_group="YY", asc_effective_date="20080101",
                     betos="O1E", type_of_service_1="1", type_of_service_2="P"))
    lines += e("J7030", "Infusion, normal saline solution , 1000 cc", "Normal saline solution infus",
               admin("19950101", "19950101", "N", pricing_indicator_1="51", multiple_pricing_indicator="A",
                     coverage="C", betos="O1E", type_of_service_1="1", type_of_service_2="P"))
    lines += e("K0001", "Standard wheelchair", "Standard wheelchair",
               admin("19940101", "19940101", "N", pricing_indicator_1="36", multiple_pricing_indicator="A",
                     cim_reference_1="60-9", statute="1834A", cross_reference_1="E1130", cross_reference_2="E1140",
                     coverage="C", betos="D1D", type_of_service_1="R"))
    lines += e("Q0035", "Cardiokymography", "Cardiokymography",
               admin("19890101", "19910101", "N", pricing_indicator_1="11", multiple_pricing_indicator="A",
                     cim_reference_1="50-50", coverage="D", betos="T2D", type_of_service_1="5"))
    return lines


def release_2018():
    """CY2018: changes of every action code against CY2017, disclaimer lines on top."""
    lines = list(DISCLAIMER)
    lines += entry("AA", "Anesthesia services performed personally by anesthesiologist", "Anesthesia perf by anesgst",
                   admin("19840101", "20010101", "N", mcm_reference_1="3350.5", coverage="D"), modifier=True)
    lines += entry("AD", "Medical supervision by a physician: more than four concurrent anesthesia procedures",
                   "Md supervision, >4 anes proc", admin("19840101", "20010101", "N", coverage="D"), modifier=True)
    lines += entry("FY", "X-ray taken using computed radiography technology/cassette-based imaging",
                   "Xray computed radiography", admin("20180101", "20180101", "A", coverage="C"), modifier=True)
    lines += entry("QQ", "Ordering professional consulted a qualified clinical decision support mechanism for this "
                   "service and the related data was provided to the furnishing professional",
                   "Clinical decision support", admin("20180701", "20180701", "A", coverage="C"), modifier=True)
    lines += entry("Z9", "Invented modifier discontinued at the end of 2017", "Invented modifier z9",
                   admin("20100101", "20180101", "D", coverage="C", termination_date="20171231"), modifier=True)
    lines += entry("A0021", "Ambulance service, outside state per mile, transport (medicaid only)",
                   "Outside state ambulance serv",
                   admin("19920101", "19920101", "N", pricing_indicator_1="00", multiple_pricing_indicator="9",
                         coverage="I", betos="O1A", type_of_service_1="D"))
    lines += entry("A4206", "Syringe with needle, sterile, 1 cc or less, each", "1 cc sterile syringe&needle",
                   admin("19850101", "20080101", "N", pricing_indicator_1="00", multiple_pricing_indicator="9",
                         coverage="C", betos="D1A", type_of_service_1="S"))
    lines += entry("E0953", "Wheelchair accessory, lateral thigh or knee support, any type including fixed mounting "
                   "hardware, each", "W/c lateral thigh/knee sup",
                   admin("20180101", "20180101", "A", type_of_service_2="R", **GENERAL_DME))
    lines += entry("G0105", "Colorectal cancer screening; colonoscopy on individual at high risk",
                   "Colorectal scrn; hi risk ind",
                   admin("19980101", "19980101", "N", **ALL_FIELDS))
    lines += entry("G0202", "Screening mammography, bilateral (2-view study of each breast), including "
                   "computer-aided detection (cad) when performed", "Scr mammo bi incl cad",
                   admin("20010401", "20180101", "C", pricing_indicator_1="13", multiple_pricing_indicator="A",
                         coverage="C", betos="I1C", type_of_service_1="1"))
    lines += entry("G0364", "Bone marrow aspiration performed with bone marrow biopsy through the same incision on "
                   "the same date of service", "Bone marrow aspirate &biopsy",
                   admin("20050101", "20050101", "D", pricing_indicator_1="11", multiple_pricing_indicator="A",
                         coverage="C", betos="P6C", type_of_service_1="2", termination_date="20171231"))
    lines += entry("G0365", "Vessel mapping of vessels for hemodialysis access", "Vessel mapping hemo access",
                   admin("20050101", "20160101", "N", pricing_indicator_1="11", multiple_pricing_indicator="A",
                         coverage="C", betos="I1C", type_of_service_1="4", termination_date="20151231"))
    lines += entry("G0481", "Drug test(s), definitive, invented short form, per day, 8-14 drug class(es)",
                   "Drug test def 8-14 classes",
                   admin("20160101", "20160101", "N", pricing_indicator_1="21", multiple_pricing_indicator="A",
                         coverage="C", betos="T1H", type_of_service_1="5", termination_date="20170630"))
    lines += entry("G0499", "Hepatitis b screening in non-pregnant, high risk individual includes hepatitis b "
                   "surface antigen (hbsag) followed by a neutralizing confirmatory test for initially reactive "
                   "results, and antibodies to hbsag (anti-hbs) and hepatitis b core antigen (anti-hbc)",
                   "Hepb screen high risk indiv",
                   admin("20160928", "20180101", "F", pricing_indicator_1="13", multiple_pricing_indicator="A",
                         coverage="C", betos="T1H", type_of_service_1="5", lab_certification_1="140",
                         lab_certification_2="220"))
    lines += entry("G0500", "Moderate sedation services provided by the same physician performing a "
                   "gastrointestinal endoscopic service", "Mod sedat endo service >5yrs",
                   admin("20170101", "20180101", "A", pricing_indicator_1="11", multiple_pricing_indicator="A",
                         coverage="C", betos="P9A", type_of_service_1="2"))
    lines += entry("G0516", "Insertion of non-biodegradable drug delivery implants, 4 or more (services for "
                   "subdermal rod implant)", "Insert drug del implant, >=4",
                   admin("20180101", "20180101", "N", pricing_indicator_1="11", multiple_pricing_indicator="A",
                         coverage="C", betos="P5E", type_of_service_1="2"))
    lines += entry("G9142", "Influenza a (h1n1) vaccine, any route of administration", "Influenza a h1n1 vaccine",
                   admin("20091001", "20180101", "R", pricing_indicator_1="54", multiple_pricing_indicator="A",
                         coverage="C", betos="O1D", type_of_service_1="V"))
    lines += entry("G9143", "Warfarin responsiveness testing by genetic technique using any method, any number of "
                   "specimen(s)", "Warfarin genotyping",
                   admin("20090801", "20180101", "D", pricing_indicator_1="21", multiple_pricing_indicator="A",
                         coverage="D", betos="T1H", type_of_service_1="5", termination_date="20180630"))
    lines += entry("J0129", "Injection, abatacept, 10 mg (code may be used for medicare when drug administered "
                   "under the direct supervision of a physician, not for use when drug is self administered)",
                   "Abatacept injection",
                   admin("20070101", "20180101", "P", pricing_indicator_1="51", multiple_pricing_indicator="A",
                         coverage="C", asc_payment_group="YY", asc_effective_date="20080101", betos="O1E",
                         type_of_service_1="1", type_of_service_2="P"))
    lines += entry("J1745", "Injection, infliximab, excludes biosimilar, 10 mg", "Infliximab not biosimil 10mg",
                   admin("20000101", "20180101", "S", pricing_indicator_1="51", multiple_pricing_indicator="A",
                         mcm_reference_1="2049", coverage="D", asc_payment_group="YY",
                         asc_effective_date="20080101", betos="O1E", type_of_service_1="1", type_of_service_2="P"))
    lines += entry("J7030", "Infusion, normal saline solution , 1000 cc", "Normal saline solution infus",
                   admin("19950101", "20180101", "C", pricing_indicator_1="51", multiple_pricing_indicator="A",
                         coverage="C", betos="O1E", type_of_service_1="1", type_of_service_2="P"))
    lines += entry("K0001", "Standard wheelchair", "Standard wheelchair",
                   admin("19940101", "19940101", "N", pricing_indicator_1="36", multiple_pricing_indicator="A",
                         cim_reference_1="60-9", statute="1834A", cross_reference_1="E1130",
                         cross_reference_2="E1140", coverage="C", betos="D1D", type_of_service_1="R"))
    lines += entry("Q0035", "Cardiokymography", "Cardiokymography",
                   admin("19890101", "20180101", "T", pricing_indicator_1="11", multiple_pricing_indicator="A",
                         cim_reference_1="50-50", coverage="D", betos="T2A", type_of_service_1="5"))
    return lines


def one(code="A4206", **more):
    """A small file of three well-formed procedures around `code`, for the malformed cases."""
    fields = admin("19850101", "20080101", "N", coverage="C", betos="D1A")
    fields.update(more)
    lines = entry("A0021", "Ambulance service, outside state per mile, transport (medicaid only)",
                  "Outside state ambulance serv", admin("19920101", "19920101", "N", coverage="I"))
    lines += entry(code, "Syringe with needle, sterile, 1 cc or less, each", "1 cc sterile syringe&needle", fields)
    lines += entry("E0953", "Wheelchair accessory, lateral thigh or knee support, any type including fixed mounting "
                   "hardware, each", "W/c lateral thigh/knee sup", admin("20180101", "20180101", "A", coverage="C"))
    return lines


def replace(line, first, text):
    return line[:first - 1] + text + line[first - 1 + len(text):]


def main():
    y2017 = release_2017()
    y2018 = release_2018()
    write("HCPC17_CONTR_ANWEB.txt", y2017)
    write("HCPC2018_CONTR_ANWEB_disc.txt", y2018)
    write("HCPC2018_ANWEB_lf_no_final_newline.txt", y2018, eol="\n", final_newline=False)
    readme = b"2018 ALPHANUMERIC HCPCS (a test fixture)\r\n"
    write_zip("2018-Alpha-Numeric-HCPCS-File.zip", [
        ("HCPC18_Trans_Report_Alpha_ChangesbyAction.prn", b"  CODE  ACTION\r\n"),
        ("HCPC2018_CONTR_ANWEB_disc.txt", ("\r\n".join(y2018) + "\r\n").encode("latin-1")),
        ("HCPC2018_README.txt", readme),
    ])
    os.makedirs(os.path.join(HERE, "release_folder", "2017-Alpha-Numeric-HCPCS-File"), exist_ok=True)
    write(os.path.join("release_folder", "2017-Alpha-Numeric-HCPCS-File", "HCPC17_CONTR_ANWEB.txt"), y2017)
    write(os.path.join("release_folder", "2017-Alpha-Numeric-HCPCS-File", "proc_notes_2017.txt"),
          ["Processing notes (a test fixture)"])
    # A corrections zip holds change lists (.prn), not the file: refused, naming what it holds.
    write_zip("2018-HCPCS-Alpha-Numeric-Corrections.zip", [
        ("HCPC2018_Corrections_README.txt", b"Update information (a test fixture)\r\n"),
        ("V1_HCPC2018_Corrections_ANWEB.prn", b"  CODE  ACTION  EFF DATE\r\n  G0279  Revise Long Desc\r\n"),
    ])
    os.makedirs(os.path.join(HERE, "two_files"), exist_ok=True)
    write(os.path.join("two_files", "HCPC17_CONTR_ANWEB.txt"), y2017)
    write(os.path.join("two_files", "HCPC2018_CONTR_ANWEB_disc.txt"), y2018)

    # A lone file whose name tells nothing: read by content (maybe), effective date from the file.
    write("anweb_without_a_year.txt", y2018)
    # Windows-1252 in a description (one byte per character: the columns hold).
    write("HCPC2018_cp1252_ANWEB.txt",
          entry("J9999", "Injection, caf\xe9 au lait test drug, 1 mg", "Caf\xe9 au lait drug",
                admin("20180101", "20180101", "A", coverage="C")))
    # The ASC date written two columns early over the ASC group, as in CMS's 2018 file (C9488).
    shifted = entry("C9488", "Injection, conivaptan hydrochloride, 1 mg", "Conivaptan hcl",
                    admin("20170401", "20170401", "A", pricing_indicator_1="53", coverage="D", betos="O1E",
                          type_of_service_1="9", type_of_service_2="F"))
    shifted[0] = replace(shifted[0], 231, "20170401  ")
    write("HCPC2018_asc_shifted_ANWEB.txt", shifted)
    # Something in the filler columns 294-320: kept out, with one warning.
    filler = one()
    filler[1] = replace(filler[1], 300, "XYZ")
    write("HCPC2018_filler_ANWEB.txt", filler)

    # The padding of other years: the layout, not the record length, is the contract. Each reads as the
    # 2018 file does.
    records = len(DISCLAIMER)
    write("HCPC2018_316_ANWEB.txt", y2018[:records] + [line[:316] for line in y2018[records:]])
    write("HCPC2018_trimmed_ANWEB.txt", y2018[:records] + [line.rstrip(" ") for line in y2018[records:]],
          eol="\n")
    write("HCPC2018_padded_ANWEB.txt", y2018[:records] + [line + " " * 12 for line in y2018[records:]])

    # ---------------------------------------------------------------- malformed files
    base = one()
    write("malformed_record_too_short.txt", [base[0], base[1][:9]] + base[2:])
    write("malformed_record_too_long.txt", [base[0], base[1] + "  extra"] + base[2:])
    write("malformed_first_line_short.txt", [base[0], base[1][:91]] + base[2:])
    write("malformed_record_id.txt", [base[0], replace(base[1], 11, "5")] + base[2:])
    write("malformed_impossible_date.txt", one(add_date="20180231"))
    write("malformed_date_characters.txt", one(termination_date="2018-1-1"))
    write("malformed_sequence.txt", [base[0], replace(base[1], 6, "001A0")] + base[2:])
    write("malformed_procedure_code.txt", one(code="10021"))
    write("malformed_procedure_code_character.txt", one(code="A42-6"))
    mods = entry("AA", "Anesthesia services performed personally by anesthesiologist", "Anesthesia perf by anesgst",
                 admin("19840101", "20010101", "N", coverage="D"), modifier=True)
    write("malformed_modifier_code.txt", base[:1] + [replace(mods[0], 5, "*")])
    write("malformed_modifier_prefix.txt", base[:1] + [replace(mods[0], 2, "X")])
    write("malformed_missing_long_description.txt", [base[0], replace(base[1], 12, " " * 80)] + base[2:])
    # E0953 has a continuation line (index 3): orphaned, or under the wrong first line.
    write("malformed_continuation_first.txt", [base[3]] + base[:3])
    write("malformed_continuation_code.txt", base[:3] + [replace(base[3], 1, "E0954")])
    write("malformed_continuation_after_modifier.txt", base[:3] + mods + [base[3]])
    write("malformed_continuation_sequence.txt", base[:3] + [replace(base[3], 6, "00100")])
    write("malformed_continuation_detail.txt", base[:3] + [replace(base[3], 230, "C")])
    write("malformed_duplicate_code.txt", base + base[1:2])
    write("malformed_blank_line_inside.txt", base[:2] + [""] + base[2:])
    write("malformed_in_zip.txt", [base[0], replace(base[1], 11, "5")] + base[2:])
    with open(os.path.join(HERE, "malformed_in_zip.txt"), "rb") as f:
        data = f.read()
    os.remove(os.path.join(HERE, "malformed_in_zip.txt"))
    write_zip("2018-malformed-HCPCS-File.zip", [("HCPC2018_CONTR_ANWEB.txt", data)])
    write("HCPC2018_empty_ANWEB.txt", [])
    write("HCPC2018_disclaimer_only_ANWEB.txt", DISCLAIMER)


if __name__ == "__main__":
    main()
