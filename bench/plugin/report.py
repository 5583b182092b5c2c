#!/usr/bin/env python3
"""Turns bench/plugin/run.sh's measurements into bench/PLUGIN-RESULTS.md.

Usage: report.py WORK_DIR OUT_FILE SIZE...
"""
import datetime
import json
import os
import platform
import subprocess
import sys


def median(path):
    with open(path, encoding="utf-8") as f:
        result = json.load(f)["results"][0]
    return result["median"], result["user"] + result["system"]


def number(path):
    try:
        with open(path, encoding="utf-8") as f:
            values = [int(line) for line in f if line.strip()]
        return values[-1] / 1000.0 if values else None
    except FileNotFoundError:
        return None


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else "unknown"


def main():
    work, out, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
    rows, data = [], {}
    for n in sizes:
        d = os.path.join(work, f"n{n}")
        cold, cold_cpu = median(os.path.join(d, "generate-cold.json"))
        again, again_cpu = median(os.path.join(d, "generate-again.json"))
        compile_, compile_cpu = median(os.path.join(d, "compile.json"))
        validate, _ = median(os.path.join(d, "validate.json"))
        skip, _ = median(os.path.join(d, "generate-skip.json"))
        ir = number(os.path.join(d, "ir-ms.txt"))
        check = number(os.path.join(d, "again-ms.txt"))
        data[n] = dict(cold=cold, again=again, skip=skip, compile=compile_, validate=validate, ir=ir, check=check)
        rows.append(
            f"| {n} | {cold:.2f} s | {again:.2f} s | {compile_:.2f} s | {validate:.2f} s | {skip:.2f} s "
            f"| {again / compile_:.0%} | {(again - validate) / compile_:.1%} | {(again - skip) / compile_:.1%} "
            f"| {'%.0f ms' % (check * 1000) if check is not None else 'n/a'} "
            f"| {'%.2f s' % ir if ir is not None else 'n/a'} | {'%.0f%%' % (100 * ir / compile_) if ir else 'n/a'} |")
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, sort_keys=True)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    with open("/proc/loadavg", encoding="utf-8") as f:
        load = " ".join(f.read().split()[:3])
    text = f"""# Armature Maven plugin benchmark

Measured {now} by `bench/plugin/run.sh`, one run of the script; every figure is the median of the runs
hyperfine made. Machine: {os.cpu_count()} CPUs ({cpu_model()}), {java_version()}, load average at the end {load}.
Wall-clock times of whole `mvn -o` runs, Maven's start-up included.

| entities | `generate-sources`, cold | `generate-sources`, nothing changed | `compile` | `validate` (Maven alone) | `generate-sources -Darmature.skip` | no-change ÷ compile | (no-change − validate) ÷ compile | (no-change − skip) ÷ compile | plugin's own up-to-date check | IR pass (its own time) | IR pass ÷ compile |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
""" + "\n".join(rows) + """

Targets (issue 3): the no-change run costs under 5% of a compile; the IR-only pass under 20% of one.
A whole `mvn` run cannot cost less than Maven's own start-up (`validate` column), so the no-change run is
given whole, less that floor, and less a run in which Maven loads the plugin and resolves the project's
dependencies for it but the plugin is skipped (what any plugin that reads the compile class path costs);
the plugin's own up-to-date check is the time it logs for it. The short runs (`validate`, skip,
nothing changed) are made three times as often as the others.

## Method

- Projects: `bench/gen-project.py N` (the processor benchmark's entities) in a Spring Boot 4.1.1 project
  with the webmvc, data-jpa, validation and security starters, the processor and the plugin
  (`bench/plugin/pom.xml.in`). One online `mvn compile` first, so every measured run is `mvn -o`.
- cold: `target/` and every file the plugin writes removed before each run (hyperfine `--prepare`);
  nothing changed: the same command again after a cold run; compile: `target/` removed before each run.
- The IR pass and the up-to-date check are timed by the plugin itself and read from its log line.
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
