#!/usr/bin/python3
"""Times Tenarai's readers and the peer tools on the same files in the same run and prints ratios.

Called by scripts/bench.sh, which installs the peers, builds tenarai_read_bench and generates the
data; this file only measures and reports. Python standard library only.

  compare.py speed  --data DIR --label 100k --tenarai BIN --peers DIR [--runs 3] ...
  compare.py memory --csv FILE --label 1Mx50 --tenarai BIN [--peers DIR --duckdb]
  compare.py clean  --data DIR --label 100k --tenarai-cli BIN --recipe R.json --peers DIR [--runs 3]

clean times the whole cleaning job a user runs (read messy.csv, apply the recipe, write the CSV):
`tenarai-cli clean` with the recipe shipped in tests/data/cleaning/ against the pandas reference
recipe and DuckDB's SQL version, then checks every output cell by cell against expected.csv.

Every job is a whole process under /usr/bin/time (wall seconds, peak RSS), as the peers are
measured in ../shared/bench/bench.py. The jobs run round-robin (run 1 of every job, then run 2, ...)
so that a change of machine load during the run touches every tool alike; medians are reported.
Ratios: time = peer / Tenarai (above 1: Tenarai is faster), memory = Tenarai / peer (below 1:
Tenarai uses less).
"""
import argparse
import datetime
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import time

PY = "/usr/bin/python3"   # Debian's python: python3-pandas and python3-openpyxl live there


def speed_jobs(a):
    """(group, tool, kind, command); kind is tenarai, peer or floor."""
    d, p, out = a.data, a.peers, a.scratch
    csv8, csv932, xlsx = (os.path.join(d, f) for f in ("messy.csv", "messy_cp932.csv", "messy.xlsx"))
    q = shlex.quote
    lo = ("soffice -env:UserInstallation=file://%s/lo_profile --headless --convert-to "
          "'csv:Text - txt - csv (StarCalc):44,34,76' --outdir %s %s" % (out, q(out + "/lo"), q(xlsx)))
    jobs = [
        ("csv_utf8", "Tenarai tenarai_read_bench", "tenarai", "%s %s" % (q(a.tenarai), q(csv8))),
        ("csv_utf8", "DuckDB read_csv (node)", "peer", "node %s/duckdb_read.js %s" % (p, q(csv8))),
        ("csv_utf8", "pandas read_csv utf-8-sig", "peer", "%s %s/pandas_read.py csv %s utf-8-sig" % (PY, p, q(csv8))),
        ("csv_utf8", "floor: cat > /dev/null", "floor", "cat %s > /dev/null" % q(csv8)),
        ("csv_utf8", "floor: python3 read+decode", "floor", "%s %s/read_bytes.py %s" % (PY, p, q(csv8))),
        ("csv_cp932", "Tenarai tenarai_read_bench", "tenarai", "%s %s" % (q(a.tenarai), q(csv932))),
        ("csv_cp932", "pandas read_csv cp932", "peer", "%s %s/pandas_read.py csv %s cp932" % (PY, p, q(csv932))),
        ("csv_cp932", "floor: cat > /dev/null", "floor", "cat %s > /dev/null" % q(csv932)),
        ("xlsx", "Tenarai tenarai_read_bench", "tenarai", "%s %s" % (q(a.tenarai), q(xlsx))),
        ("xlsx", "xlsx2csv", "peer", "xlsx2csv %s %s/x2c.csv" % (q(xlsx), q(out))),
        ("xlsx", "LibreOffice headless xlsx->csv", "peer", lo),
        ("xlsx", "SheetJS readFile+sheet_to_csv", "peer", "node %s/sheetjs_read.js %s csv" % (p, q(xlsx))),
        ("xlsx", "SheetJS {dense:true}+sheet_to_csv", "peer", "node %s/sheetjs_read.js %s csv dense" % (p, q(xlsx))),
        ("xlsx", "openpyxl read_only iter", "peer", "%s %s/openpyxl_read.py %s" % (PY, p, q(xlsx))),
        ("xlsx", "pandas read_excel (openpyxl)", "peer", "%s %s/pandas_read.py excel %s" % (PY, p, q(xlsx))),
        ("xlsx", "floor: unzip -p > /dev/null", "floor", "unzip -p %s > /dev/null" % q(xlsx)),
    ]
    inputs = {"csv_utf8": csv8, "csv_cp932": csv932, "xlsx": xlsx}
    return [j for j in jobs if os.path.exists(inputs[j[0]])], inputs


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def run_once(cmd, scratch, timeout_s, env):
    tf = os.path.join(scratch, "time.txt")
    # %U + %S: CPU seconds of the process and its children. On a loaded machine wall time mostly
    # measures the queue; CPU time is the steadier figure (it does count every thread's work).
    full = "/usr/bin/time -f '%%e %%M %%U %%S' -o %s timeout --signal=KILL %d sh -c %s" % (
        shlex.quote(tf), timeout_s, shlex.quote(cmd))
    before = load1()
    t0 = time.perf_counter()
    pr = subprocess.run(full, shell=True, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    rss_kb, cpu = -1, None
    try:
        with open(tf) as f:
            fields = f.read().strip().splitlines()[-1].split()
        rss_kb = int(fields[1])
        cpu = round(float(fields[2]) + float(fields[3]), 3)
    except (OSError, IndexError, ValueError):
        pass
    mo = re.search(r"inproc=([0-9.]+)", pr.stdout)
    return {"rc": pr.returncode, "wall": round(wall, 4), "cpu": cpu, "rss_kb": rss_kb, "load1_before": before,
            "inproc": float(mo.group(1)) if mo else None,
            "out": pr.stdout.strip()[-300:], "err": pr.stderr.strip()[-300:]}


def summarize(group, tool, kind, cmd, runs):
    ok = [r for r in runs if r["rc"] == 0]
    rec = {"group": group, "tool": tool, "kind": kind, "cmd": cmd, "runs": runs, "ok": len(ok) == len(runs)}
    if ok:
        walls = [r["wall"] for r in ok]
        rec.update(median=statistics.median(walls), min=min(walls), max=max(walls),
                   rss_mb=max(r["rss_kb"] for r in ok) / 1024.0)
        cpus = [r["cpu"] for r in ok if r.get("cpu") is not None]
        rec["cpu_median"] = statistics.median(cpus) if len(cpus) == len(ok) else None
        inp = [r["inproc"] for r in ok if r["inproc"] is not None]
        rec["inproc_median"] = statistics.median(inp) if len(inp) == len(ok) else None
    return rec


def env_with_node_path(node_modules):
    env = dict(os.environ)
    if node_modules:
        # The peers' scripts live in read-only ../shared; their npm packages were installed in a
        # writable copy, which node finds through NODE_PATH.
        env["NODE_PATH"] = node_modules
    return env


def machine_state():
    lines = ["date: %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
             "nproc: %d" % os.cpu_count(), "loadavg: %s" % open("/proc/loadavg").read().strip()]
    try:
        with open("/proc/cpuinfo") as f:
            lines += [l.strip() for l in f if l.startswith("model name")][:1]
    except OSError:
        pass
    return lines


def fmt_ratio(x):
    return "—" if x is None else "%.2f×" % x


def speed(a):
    os.makedirs(a.scratch + "/lo", exist_ok=True)
    env = env_with_node_path(a.node_modules)
    jobs, inputs = speed_jobs(a)
    skips = [s for s in (a.skip or "").split(",") if s]
    jobs = [j for j in jobs if not any(s in j[1] for s in skips)]
    if a.only:
        jobs = [j for j in jobs if j[2] == "tenarai" or any(s in j[1] for s in a.only.split(","))]
    if a.no_tenarai:
        jobs = [j for j in jobs if j[2] != "tenarai"]
    # LibreOffice creates its profile on first start: do that outside the timings.
    if any("LibreOffice" in j[1] for j in jobs):
        subprocess.run("soffice -env:UserInstallation=file://%s/lo_profile --headless --version" % a.scratch,
                       shell=True, capture_output=True)
    state = machine_state()
    print("\n".join(state), flush=True)
    runs = {j: [] for j in jobs}
    failed = set()
    for i in range(a.runs):
        for j in jobs:
            if j in failed:
                continue
            r = run_once(j[3], a.scratch, a.timeout, env)
            runs[j].append(r)
            print("run %d/%d %-10s %-36s %7.3fs cpu=%6.2fs %8.1fMiB load=%.2f rc=%d %s" % (
                i + 1, a.runs, j[0], j[1], r["wall"], r["cpu"] or -1, r["rss_kb"] / 1024.0, r["load1_before"], r["rc"],
                r["out"][:120].replace("\n", " ")), flush=True)
            if r["rc"] != 0:
                failed.add(j)          # do not repeat a failing job
                print("   stderr: " + r["err"][-200:].replace("\n", " "), flush=True)
    recs = [summarize(j[0], j[1], j[2], j[3], runs[j]) for j in jobs]
    for r in recs:
        r["input"] = inputs[r["group"]]
        r["input_bytes"] = os.path.getsize(inputs[r["group"]])
    state.append("loadavg at end: %s" % open("/proc/loadavg").read().strip())
    report = speed_report(a, recs, state)
    write_results(a, "speed", recs, state, report)


def speed_report(a, recs, state):
    titles = {"csv_utf8": "CSV UTF-8 (BOM, CRLF) → table", "csv_cp932": "CSV CP932 → table",
              "xlsx": "XLSX → table"}
    out = ["# Tenarai vs peers, %s rows, %d run(s) each, medians" % (a.label, a.runs), ""]
    out += ["    " + s for s in state] + [""]
    verdicts = []
    for g in ("csv_utf8", "csv_cp932", "xlsx"):
        rs = [r for r in recs if r["group"] == g]
        if not rs:
            continue
        ten = next((r for r in rs if r["kind"] == "tenarai" and r["ok"]), None)
        out += ["## %s — %s (%.1f MiB)" % (titles[g], os.path.basename(rs[0]["input"]), rs[0]["input_bytes"] / 1048576.0), "",
                "| tool | median s | min–max s | in-process s | CPU s | peak RSS MiB | time: tool / Tenarai "
                "| CPU: tool / Tenarai | memory: Tenarai / tool |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in sorted(rs, key=lambda r: ({"tenarai": 0, "peer": 1, "floor": 2}[r["kind"]], r.get("median", 1e9))):
            if not r["ok"] and "median" not in r:
                out.append("| %s | failed (rc %d) | | | | | | | |" % (r["tool"], r["runs"][-1]["rc"]))
                continue
            tr = r["median"] / ten["median"] if ten and r is not ten else None
            cr = (r["cpu_median"] / ten["cpu_median"] if ten and r is not ten and r.get("cpu_median")
                  and ten.get("cpu_median") else None)
            mr = ten["rss_mb"] / r["rss_mb"] if ten and r is not ten and r["kind"] == "peer" else None
            out.append("| %s%s | %.3f | %.3f–%.3f | %s | %s | %.1f | %s | %s | %s |" % (
                r["tool"], "" if r["ok"] else " (a run failed)", r["median"], r["min"], r["max"],
                "%.3f" % r["inproc_median"] if r.get("inproc_median") is not None else "—",
                "%.2f" % r["cpu_median"] if r.get("cpu_median") is not None else "—",
                r["rss_mb"], fmt_ratio(tr), fmt_ratio(cr), fmt_ratio(mr)))
        out.append("")
        peers = [r for r in rs if r["kind"] == "peer" and "median" in r and r["ok"]]
        if not ten:
            verdicts.append("%s: Tenarai did not run or failed — no verdict" % titles[g])
            continue
        if peers:
            fastest = min(peers, key=lambda r: r["median"])
            leanest = min(peers, key=lambda r: r["rss_mb"])
            ratio = fastest["median"] / ten["median"]
            if g == "xlsx":
                verdicts.append("%s: %.2f× faster than the fastest peer (%s, %.3f s vs %.3f s); target ≥ 8×: %s" % (
                    titles[g], ratio, fastest["tool"], fastest["median"], ten["median"],
                    "met" if ratio >= 8 else "NOT met"))
                cheapest = min((r for r in peers if r.get("cpu_median")), key=lambda r: r["cpu_median"], default=None)
                if cheapest and ten.get("cpu_median"):
                    cratio = cheapest["cpu_median"] / ten["cpu_median"]
                    verdicts.append("%s, by CPU seconds (steadier under load): %.2f× less than the cheapest peer "
                                    "(%s, %.2f s vs %.2f s); target ≥ 8×: %s" % (
                                        titles[g], cratio, cheapest["tool"], cheapest["cpu_median"],
                                        ten["cpu_median"], "met" if cratio >= 8 else "NOT met"))
            elif g == "csv_utf8":
                duck = next((r for r in peers if r["tool"].startswith("DuckDB")), None)
                if duck:
                    dr = duck["median"] / ten["median"]
                    verdicts.append("%s: DuckDB / Tenarai = %.2f× (%.3f s vs %.3f s); target > 1 (faster than DuckDB): %s" % (
                        titles[g], dr, duck["median"], ten["median"], "met" if dr > 1 else "NOT met"))
                    if duck.get("cpu_median") and ten.get("cpu_median"):
                        verdicts.append("%s, by CPU seconds: DuckDB / Tenarai = %.2f× (%.2f s vs %.2f s; DuckDB "
                                        "uses 2 threads)" % (titles[g], duck["cpu_median"] / ten["cpu_median"],
                                                             duck["cpu_median"], ten["cpu_median"]))
                else:
                    verdicts.append("%s: DuckDB did not run — no verdict on the DuckDB target" % titles[g])
            else:
                verdicts.append("%s: %.2f× faster than the fastest peer (%s, %.3f s vs %.3f s)" % (
                    titles[g], ratio, fastest["tool"], fastest["median"], ten["median"]))
            verdicts.append("%s: peak RSS %.1f MiB vs the leanest peer's %.1f MiB (%s); below every peer: %s" % (
                titles[g], ten["rss_mb"], leanest["rss_mb"], leanest["tool"],
                "met" if ten["rss_mb"] < leanest["rss_mb"] else "NOT met"))
        else:
            verdicts.append("%s: no peer ran — no ratio" % titles[g])
    out += ["## Verdicts", ""] + ["- " + v for v in verdicts] + [""]
    return "\n".join(out)


def memory(a):
    env = env_with_node_path(a.node_modules)
    size = os.path.getsize(a.csv)
    state = machine_state()
    jobs = [("memory", "Tenarai tenarai_read_bench", "tenarai", "%s %s" % (shlex.quote(a.tenarai), shlex.quote(a.csv)))]
    if a.duckdb:
        jobs.append(("memory", "DuckDB read_csv (node)", "peer", "node %s/duckdb_read.js %s" % (a.peers, shlex.quote(a.csv))))
    if a.pandas:
        jobs.append(("memory", "pandas read_csv utf-8-sig", "peer",
                     "%s %s/pandas_read.py csv %s utf-8-sig" % (PY, a.peers, shlex.quote(a.csv))))
    os.makedirs(a.scratch, exist_ok=True)
    recs = []
    for j in jobs:
        r = run_once(j[3], a.scratch, a.timeout, env)
        print("%-36s %7.3fs cpu=%6.2fs %8.1fMiB load=%.2f rc=%d %s" % (j[1], r["wall"], r["cpu"] or -1, r["rss_kb"] / 1024.0,
              r["load1_before"], r["rc"], r["out"][:160]), flush=True)
        if r["rc"] != 0:
            print("   stderr: " + r["err"][-300:].replace("\n", " "), flush=True)
        rec = summarize(j[0], j[1], j[2], j[3], [r])
        rec["input"], rec["input_bytes"] = a.csv, size
        recs.append(rec)
    state.append("loadavg at end: %s" % open("/proc/loadavg").read().strip())
    limit_mb = 2 * size / 1048576.0
    out = ["# Memory check: %s (%s, %.1f MiB UTF-8 CSV)" % (a.label, os.path.basename(a.csv), size / 1048576.0), ""]
    out += ["    " + s for s in state] + [""]
    out += ["| tool | wall s | peak RSS MiB | peak RSS / CSV size | output |", "|---|---:|---:|---:|---|"]
    for r in recs:
        if "median" in r:
            out.append("| %s | %.2f | %.1f | %.2f× | %s |" % (r["tool"], r["median"], r["rss_mb"],
                       r["rss_mb"] * 1048576.0 / size, r["runs"][0]["out"][:160]))
        else:
            out.append("| %s | failed (rc %d) | | | %s |" % (r["tool"], r["runs"][0]["rc"], r["runs"][0]["err"][-160:]))
    ten = recs[0]
    out.append("")
    if "median" in ten:
        tb = re.search(r"table_bytes=(\d+)", ten["runs"][0]["out"])
        out.append("- Tenarai peak RSS %.1f MiB against the target of 2 × the CSV size = %.1f MiB: %s" % (
            ten["rss_mb"], limit_mb, "met" if ten["rss_mb"] < limit_mb else "NOT met"))
        if tb:
            out.append("- Tenarai's table itself (Table::memoryUsage): %.1f MiB = %.2f × the CSV size" % (
                int(tb.group(1)) / 1048576.0, int(tb.group(1)) / size))
    else:
        out.append("- Tenarai failed to read the file: target NOT met")
    out.append("")
    write_results(a, "memory", recs, state, "\n".join(out))


def read_csv_cells(path):
    import csv
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def phone_digits(text):
    import unicodedata
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def check_against_expected(out_path, expected_rows):
    """None when out_path holds exactly the expected cells, else a one-line reason.

    The generator hyphenates phone numbers by a rule of thumb where Tenarai follows the national
    numbering plan (see tests/data/cleaning/README.md): cells of 電話番号 that hold the same digits
    are counted and reported separately, not as a difference."""
    try:
        got = read_csv_cells(out_path)
    except (OSError, UnicodeDecodeError) as e:
        return "unreadable output: %s" % e
    if len(got) != len(expected_rows):
        return "%d rows, expected %d" % (len(got), len(expected_rows))
    header = expected_rows[0] if expected_rows else []
    phone = header.index("電話番号") if "電話番号" in header else -1
    relaid = 0
    for i, (g, e) in enumerate(zip(got, expected_rows)):
        if g != e and phone >= 0 and len(g) == len(e) and i > 0:
            if all(gc == ec for c, (gc, ec) in enumerate(zip(g, e)) if c != phone) \
                    and phone_digits(g[phone]) == phone_digits(e[phone]):
                relaid += 1
                continue
        if g != e:
            for c, (gc, ec) in enumerate(zip(g + [""] * len(e), e + [""] * len(g))):
                if gc != ec:
                    return "first difference at line %d, column %d: %r, expected %r" % (i + 1, c + 1, gc, ec)
            return "line %d has %d cells, expected %d" % (i + 1, len(g), len(e))
    if relaid:
        return "same except %d phone numbers laid out by the numbering plan (same digits)" % relaid
    return None


def clean(a):
    env = env_with_node_path(a.node_modules)
    q = shlex.quote
    messy, expected = os.path.join(a.data, "messy.csv"), os.path.join(a.data, "expected.csv")
    os.makedirs(a.scratch, exist_ok=True)
    outs = {"tenarai": os.path.join(a.scratch, "tenarai_clean.csv"),
            "pandas": os.path.join(a.scratch, "pandas_clean.csv"),
            "duckdb": os.path.join(a.scratch, "duckdb_clean.csv")}
    jobs = []
    if not a.no_tenarai:
        jobs.append(("clean", "Tenarai tenarai-cli clean", "tenarai",
                     "%s clean --recipe %s %s %s" % (q(a.tenarai_cli), q(a.recipe), q(messy), q(outs["tenarai"])),
                     outs["tenarai"]))
    jobs += [
        ("clean", "pandas recipe (read+clean+write)", "peer",
         "%s %s/pandas_clean.py %s %s" % (PY, a.peers, q(messy), q(outs["pandas"])), outs["pandas"]),
        ("clean", "DuckDB SQL recipe (node)", "peer",
         "node %s/duckdb_clean.js %s %s" % (a.peers, q(messy), q(outs["duckdb"])), outs["duckdb"]),
    ]
    skips = [s for s in (a.skip or "").split(",") if s]
    jobs = [j for j in jobs if not any(s in j[1] for s in skips)]
    state = machine_state()
    print("\n".join(state), flush=True)
    runs = {j: [] for j in jobs}
    failed = set()
    for i in range(a.runs):
        for j in jobs:
            if j in failed:
                continue
            r = run_once(j[3], a.scratch, a.timeout, env)
            runs[j].append(r)
            print("run %d/%d %-36s %7.3fs cpu=%6.2fs %8.1fMiB load=%.2f rc=%d %s" % (
                i + 1, a.runs, j[1], r["wall"], r["cpu"] or -1, r["rss_kb"] / 1024.0, r["load1_before"], r["rc"],
                r["out"][:120].replace("\n", " ")), flush=True)
            if r["rc"] != 0:
                failed.add(j)
                print("   stderr: " + r["err"][-300:].replace("\n", " "), flush=True)
    expected_rows = read_csv_cells(expected)
    recs = []
    for j in jobs:
        rec = summarize(j[0], j[1], j[2], j[3], runs[j])
        rec["input"], rec["input_bytes"] = messy, os.path.getsize(messy)
        rec["check"] = check_against_expected(j[4], expected_rows) if rec["ok"] else "did not run"
        recs.append(rec)
    state.append("loadavg at end: %s" % open("/proc/loadavg").read().strip())
    out = ["# Cleaning recipe, read + clean + write, %s rows, %d run(s) each, medians" % (a.label, a.runs), ""]
    out += ["    " + s for s in state] + [""]
    out += ["| tool | median s | min–max s | CPU s | peak RSS MiB | time: tool / Tenarai | output = expected.csv |",
            "|---|---:|---:|---:|---:|---:|---|"]
    ten = next((r for r in recs if r["kind"] == "tenarai" and r["ok"]), None)
    for r in recs:
        if "median" not in r:
            out.append("| %s | failed (rc %d) | | | | | |" % (r["tool"], r["runs"][-1]["rc"]))
            continue
        tr = r["median"] / ten["median"] if ten and r is not ten else None
        out.append("| %s | %.3f | %.3f–%.3f | %s | %.1f | %s | %s |" % (
            r["tool"], r["median"], r["min"], r["max"],
            "%.2f" % r["cpu_median"] if r.get("cpu_median") is not None else "—", r["rss_mb"], fmt_ratio(tr),
            "yes" if r["check"] is None else ("yes, " + r["check"]) if r["check"].startswith("same except")
            else "NO: " + r["check"]))
    out.append("")
    pandas = next((r for r in recs if r["tool"].startswith("pandas") and "median" in r), None)
    if ten and pandas:
        ratio = pandas["median"] / ten["median"]
        out.append("- pandas / Tenarai = %.2f× (%.3f s vs %.3f s); target ≥ 10×: %s" % (
            ratio, pandas["median"], ten["median"], "met" if ratio >= 10 else "NOT met"))
        if pandas.get("cpu_median") and ten.get("cpu_median"):
            out.append("- by CPU seconds: pandas / Tenarai = %.2f× (%.2f s vs %.2f s)" % (
                pandas["cpu_median"] / ten["cpu_median"], pandas["cpu_median"], ten["cpu_median"]))
    else:
        out.append("- Tenarai or pandas did not run — no verdict")
    if ten and ten["check"] is not None:
        out.append("- Tenarai's output against expected.csv: %s" % ten["check"])
    out.append("")
    write_results(a, "clean", recs, state, "\n".join(out))


def write_results(a, mode, recs, state, report):
    os.makedirs(a.results, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = os.path.join(a.results, "%s-%s-%s" % (mode, a.label, stamp))
    with open(base + ".jsonl", "w") as f:
        for r in recs:
            f.write(json.dumps(dict(r, label=a.label, machine=state), ensure_ascii=False) + "\n")
    with open(base + ".md", "w") as f:
        f.write(report)
    print("\n" + report)
    print("results: %s.md and .jsonl" % base)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["speed", "memory", "clean"])
    ap.add_argument("--label", required=True)
    ap.add_argument("--tenarai", default=None, help="path of tenarai_read_bench")
    ap.add_argument("--tenarai-cli", default=None, help="clean: path of tenarai-cli")
    ap.add_argument("--recipe", default=None, help="clean: the recipe reproducing expected.csv")
    ap.add_argument("--peers", default=None, help="../shared/bench/peers")
    ap.add_argument("--node-modules", default=None, help="node_modules of the peers' npm install")
    ap.add_argument("--data", help="speed: folder with messy.csv, messy_cp932.csv, messy.xlsx")
    ap.add_argument("--csv", help="memory: the UTF-8 CSV to read")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=900, help="seconds per run before it is killed")
    ap.add_argument("--skip", default="", help="comma list of substrings of tool names to leave out")
    ap.add_argument("--only", default="", help="comma list of substrings: only these peers (and Tenarai)")
    ap.add_argument("--no-tenarai", action="store_true", help="time the peers only (before the readers exist)")
    ap.add_argument("--duckdb", action="store_true", help="memory: also run DuckDB once")
    ap.add_argument("--pandas", action="store_true", help="memory: also run pandas once")
    ap.add_argument("--results", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "results"))
    ap.add_argument("--scratch", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "tenarai-bench-out"))
    a = ap.parse_args()
    if a.mode == "clean":
        if not a.data or not a.peers or (not a.no_tenarai and not (a.tenarai_cli and a.recipe)):
            ap.error("clean needs --data, --peers, --tenarai-cli and --recipe")
        clean(a)
    elif a.mode == "speed":
        if not a.tenarai:
            ap.error("speed needs --tenarai")
        if not a.data or not a.peers:
            ap.error("speed needs --data and --peers")
        speed(a)
    else:
        if not a.csv or not a.tenarai:
            ap.error("memory needs --csv and --tenarai")
        if (a.duckdb or a.pandas) and not a.peers:
            ap.error("--duckdb/--pandas need --peers")
        memory(a)


if __name__ == "__main__":
    sys.exit(main())
