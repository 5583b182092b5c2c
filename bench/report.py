#!/usr/bin/env python3
"""Turns the measurements of bench/run.sh into bench/RESULTS.md (and bench/work/results.json).

Usage: report.py WORK_DIR RESULTS_MD SIZE...
"""
import datetime
import glob
import json
import os
import platform
import statistics
import subprocess
import sys

# Figures quoted by issue 2 for 200 entities "on this kind of machine"; not measured by this script.
JHIPSTER_200 = 48.0
OPENAPI_GENERATOR_200 = 4.3
JAVAC_ENTITIES_200 = 1.7


def run(*cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, check=False)
        return (r.stdout + r.stderr).strip()
    except OSError:
        return "?"


def machine():
    mem_kib = 0
    cpu = platform.processor() or "?"
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/loadavg", encoding="utf-8") as f:
        load = " ".join(f.read().split()[:3])
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "os": f"{platform.system()} {platform.release()}",
        "java": run("java", "-version").replace("\n", "; "),
        "load_after": load,
        "java_opts": os.environ.get("BENCH_JAVA_OPTS", ""),
        "processor": os.environ.get("ARMATURE_PROCESSOR_PATH") or os.environ.get("ARMATURE_PROCESSOR_JAR") or "processor/target",
        "commit": run("git", "-C", os.path.dirname(os.path.abspath(__file__)), "rev-parse", "--short", "HEAD"),
    }


def hyperfine(d, name):
    """The runs of one point (one hyperfine JSON per run, NAME.R.json): median wall-clock and median CPU."""
    times, cpus = [], []
    for path in sorted(glob.glob(os.path.join(d, f"{name}.*.json"))):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)["results"][0]
        times += r["times"]
        # user + system: CPU seconds of javac (all its threads)
        cpus.append(r["user"] + r["system"])
    if not times:
        return None
    return {"median": statistics.median(times), "mean": statistics.mean(times),
            "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
            "min": min(times), "max": max(times), "runs": len(times), "cpu": statistics.median(cpus)}


def lines_of(paths):
    total = 0
    for p in paths:
        with open(p, encoding="utf-8") as f:
            total += sum(1 for _ in f)
    return total


def java_files(folder):
    found = []
    for base, _, names in os.walk(folder):
        found += [os.path.join(base, n) for n in names if n.endswith(".java")]
    return found


def point(work, n):
    d = os.path.join(work, f"n{n}")
    with open(os.path.join(d, "processor-nanos.txt"), encoding="utf-8") as f:
        rows = [line.split() for line in f if line.strip()]
    own = [int(r[0]) / 1e9 for r in rows]
    own_cpu = [int(r[2]) / 1e9 for r in rows if len(r) > 2]
    with open(os.path.join(d, "entities.txt"), encoding="utf-8") as f:
        entity_files = [line.strip() for line in f if line.strip()]
    failed_path = os.path.join(d, "failed.txt")
    failure = None
    if os.path.exists(failed_path):
        with open(failed_path, encoding="utf-8") as f:
            failure = f.read().strip() or "javac failed"
    generated = java_files(os.path.join(d, "plain-src" if not failure else "out-with/generated"))
    replay_own = None
    replay_nanos = os.path.join(d, "replay-nanos.txt")
    if not failure and os.path.exists(replay_nanos):
        with open(replay_nanos, encoding="utf-8") as f:
            replay_rows = [line.split() for line in f if line.strip()]
        if replay_rows:
            replay_own = {"median": statistics.median(int(r[0]) / 1e9 for r in replay_rows),
                          "cpu": statistics.median(int(r[2]) / 1e9 for r in replay_rows)}
    return {
        "failure": failure,
        "entities": n,
        "entity_sources": len(entity_files),
        "entity_lines": lines_of(entity_files),
        "generated_sources": len(generated),
        "generated_lines": lines_of(generated),
        "processor_own": {"median": statistics.median(own), "min": min(own), "max": max(own), "runs": len(own),
                          "cpu": statistics.median(own_cpu) if own_cpu else None},
        "with": None if failure else hyperfine(d, "with"),
        "plain": None if failure else hyperfine(d, "plain"),
        # javac with a do-nothing processor writing the same sources in round 1: the floor of with / plain
        "replay": None if failure else hyperfine(d, "replay"),
        "replay_own": replay_own,
        "entities_alone": hyperfine(d, "entities"),
    }


def linear_fit(xs, ys):
    mx, my = statistics.mean(xs), statistics.mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return a, b, (1 - ss_res / ss_tot) if ss_tot else 1.0


def s(seconds):
    return "–" if seconds is None else f"{seconds:.2f} s"


def wall_cpu(wall, cpu):
    return f"{s(wall)} ({s(cpu)})"


def floor_cell(p):
    r = p.get("replay")
    if not r:
        return "–"
    own = p.get("replay_own")
    inside = f"; {s(own['median'])} ({s(own['cpu'])}) of it inside the processor, mostly javac's Filer" if own else ""
    return f"{wall_cpu(r['median'], r['cpu'])}{inside}"


def floor_ratio(p):
    r = p.get("replay")
    if not r:
        return "–"
    return f"{r['median'] / p['plain']['median']:.2f} ({r['cpu'] / p['plain']['cpu']:.2f})"


def render(m, points):
    by_n = {p["entities"]: p for p in points}
    runs = points[0]["entities_alone"]["runs"]
    out = ["# Armature processor benchmark", ""]
    out.append(f"Measured {m['date']} by `bench/run.sh` (commit `{m['commit']}`), one run of the script; "
               f"each javac figure is the median of {runs} run{'s' if runs > 1 else ''}.")
    out.append("")
    out.append(f"Machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gib']} GiB memory, {m['os']}; "
               f"`java -version`: {m['java']}. Load average when the run ended: {m['load_after']}. "
               "The cores are shared with other work, which stretches wall-clock times; CPU times (in "
               "parentheses) are much less affected.")
    out.append("")
    out.append(f"Processor measured: `{m['processor']}` (`ARMATURE_PROCESSOR_JAR` / `ARMATURE_PROCESSOR_PATH`; "
               "default: this checkout's processor/target).")
    out.append("")
    if m["java_opts"]:
        out.append(f"Every javac ran with the extra JVM options `{m['java_opts']}` (`BENCH_JAVA_OPTS`).")
        out.append("")

    p200 = by_n.get(200)
    xs = [p["entities"] for p in points]
    own = [p["processor_own"]["median"] for p in points]
    own_cpu = [p["processor_own"]["cpu"] for p in points]
    out.append("## Targets (issue 2)")
    out.append("")
    out.append("| target | measured: wall-clock (CPU) | met? |")
    out.append("|---|---|---|")
    if p200:
        o = p200["processor_own"]
        verdict = "yes" if o["median"] < 1 else ("CPU time only" if o["cpu"] is not None and o["cpu"] < 1 else "no")
        out.append(f"| processor's own time for 200 entities under 1 s | {wall_cpu(o['median'], o['cpu'])} | {verdict} |")
    rows = []
    worst_wall = worst_cpu = 0.0
    for p in points:
        if p["failure"]:
            rows.append(f"{p['entities']}: javac failed")
            continue
        ow = p["with"]["median"] / p["plain"]["median"] - 1
        oc = p["with"]["cpu"] / p["plain"]["cpu"] - 1
        rows.append(f"{p['entities']}: {ow:+.0%} ({oc:+.0%})")
        worst_wall, worst_cpu = max(worst_wall, ow), max(worst_cpu, oc)
    out.append(f"| adds under 10% to compiling what it generates (javac with the processor vs the same sources "
               f"plain) | {', '.join(rows)} | {'yes' if worst_wall < 0.10 else 'no'} |")
    floor_rows = []
    worst_floor = 0.0
    for p in points:
        if p["failure"] or not p.get("replay"):
            continue
        fw = p["replay"]["median"] / p["plain"]["median"] - 1
        fc = p["replay"]["cpu"] / p["plain"]["cpu"] - 1
        floor_rows.append(f"{p['entities']}: {fw:+.0%} ({fc:+.0%})")
        worst_floor = max(worst_floor, fw)
    if floor_rows:
        out.append(f"| floor of the above: what javac adds when a do-nothing processor writes the same sources in round 1 "
                   f"(replay vs plain); no processor generating these sources can add less | {', '.join(floor_rows)} "
                   f"| {'under 10%' if worst_floor < 0.10 else 'above 10%: the 10% target is out of reach for these sources'} |")
    if len(points) >= 3:
        a, b, r2 = linear_fit(xs, own)
        line = f"wall: {a * 1000:.0f} ms + {b * 1000:.1f} ms × entities, R² = {r2:.3f}"
        if None not in own_cpu:
            ac, bc, r2c = linear_fit(xs, own_cpu)
            line += f"; CPU: {ac * 1000:.0f} ms + {bc * 1000:.1f} ms × entities, R² = {r2c:.3f}"
            r2 = max(r2, r2c)
        out.append(f"| its time grows linearly with entities (least-squares line through its own time) | {line} "
                   f"| {'yes' if r2 > 0.98 else 'check'} |")
    out.append("")

    out.append("## Figures")
    out.append("")
    out.append("Wall-clock medians; CPU seconds in parentheses (for javac: user + system of all its threads; for "
               "the processor: the compiling thread's CPU time inside it).")
    out.append("")
    out.append("| entities | generated sources (lines) | processor's own time | per entity | javac with processor "
               "| javac, same sources, plain | with / plain | javac + do-nothing processor writing them (floor) "
               "| floor / plain | javac, entities alone |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for p in points:
        o, w, pl, e = p["processor_own"], p["with"], p["plain"], p["entities_alone"]
        if p["failure"]:
            out.append(f"| {p['entities']} | {p['generated_sources']} ({p['generated_lines']:,}) "
                       f"| {wall_cpu(o['median'], o['cpu'])} | {o['median'] / p['entities'] * 1000:.0f} ms "
                       f"| javac failed (below) | – | – | – | – | {wall_cpu(e['median'], e['cpu'])} |")
            continue
        out.append(f"| {p['entities']} | {p['generated_sources']} ({p['generated_lines']:,}) "
                   f"| {wall_cpu(o['median'], o['cpu'])} | {o['median'] / p['entities'] * 1000:.0f} ms "
                   f"| {wall_cpu(w['median'], w['cpu'])} | {wall_cpu(pl['median'], pl['cpu'])} "
                   f"| {w['median'] / pl['median']:.2f} ({w['cpu'] / pl['cpu']:.2f}) "
                   f"| {floor_cell(p)} | {floor_ratio(p)} "
                   f"| {wall_cpu(e['median'], e['cpu'])} |")
    out.append("")

    for p in points:
        if p["failure"]:
            out.append(f"javac with the processor failed for {p['entities']} entities (the processor's own time "
                       "is still measured: javac fails after the processing rounds):")
            out.append("")
            out.append("```")
            out.append(p["failure"])
            out.append("```")
            out.append("")

    if p200 and not p200["failure"]:
        own200 = p200["processor_own"]["median"]
        out.append("## For scale: a 200-entity backend")
        out.append("")
        out.append("| | wall-clock | ÷ Armature's own time |")
        out.append("|---|---:|---:|")
        out.append(f"| Armature processor, its own time (measured here) | {s(own200)} | 1 |")
        out.append(f"| javac with Armature: generate and compile the whole REST layer (measured here) "
                   f"| {s(p200['with']['median'])} | {p200['with']['median'] / own200:.1f} |")
        out.append(f"| javac, the 200 entity classes alone (measured here) | {s(p200['entities_alone']['median'])} "
                   f"| {p200['entities_alone']['median'] / own200:.1f} |")
        out.append(f"| javac, the 200 entity classes alone (issue's figure) | ≈{JAVAC_ENTITIES_200} s "
                   f"| {JAVAC_ENTITIES_200 / own200:.1f} |")
        out.append(f"| openapi-generator 7.25 (spring), generation only (issue's figure) | ≈{OPENAPI_GENERATOR_200} s "
                   f"| {OPENAPI_GENERATOR_200 / own200:.1f} |")
        out.append(f"| JHipster 9.4, generation only (issue's figure) | ≈{JHIPSTER_200:.0f} s "
                   f"| {JHIPSTER_200 / own200:.1f} |")
        out.append("")
        out.append("The last three rows are quoted from issue 2, not measured by this script. Compare the issue's "
                   "1.7 s with the measured \"entities alone\" row to scale them to this run's conditions.")
        out.append("")
    return "\n".join(out)


def main():
    work, results_md = sys.argv[1], sys.argv[2]
    points = [point(work, int(n)) for n in sys.argv[3:]]
    m = machine()
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": m, "points": points}, f, indent=2)
    method_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "METHOD.md")
    text = render(m, points)
    if os.path.exists(method_path):
        with open(method_path, encoding="utf-8") as f:
            text += "\n" + f.read()
    with open(results_md, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
